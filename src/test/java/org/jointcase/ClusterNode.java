package org.jointcase;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another node of the cluster in the same JVM: a whole application context of its own (web server, engine and job
 * executor, connection pool) on the test database and the test identity provider, as the shared context of
 * {@link IntegrationTest} is. Two nodes on one database are what a cluster behind a load balancer is.
 */
public final class ClusterNode implements AutoCloseable {

	/** The second node's pool: small, so that a request holding two connections at once would starve it. */
	public static final int POOL_SIZE = 10;

	private static ClusterNode second;

	private final ConfigurableApplicationContext context;

	private ClusterNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * The second node the tests share, started at first use and stopped with the JVM; its pool has {@link #POOL_SIZE}
	 * connections.
	 */
	public static synchronized ClusterNode second() {
		if (second == null) {
			ClusterNode started = start("--spring.datasource.hikari.maximum-pool-size=" + POOL_SIZE);
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			second = started;
		}
		return second;
	}

	/**
	 * A node of its own, for a test that stops it; {@code arguments} as on the command line. Its pool is watched
	 * ({@link ConnectionWatch}).
	 */
	public static ClusterNode start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0",
				// One JVM holds both engines: their names (and process applications') must differ.
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true"));
		all.addAll(List.of(arguments));
		return new ClusterNode(new SpringApplicationBuilder(JointcaseApplication.class).profiles("demo")
			.initializers(new TestDatabase.Initializer(), new TestIdentityProvider.Initializer(),
					context -> context.getBeanFactory().addBeanPostProcessor(ConnectionWatch.installer()))
			.run(all.toArray(String[]::new)));
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Stops the node as a node going down does: its web server, its job executor and its pool. */
	@Override
	public void close() {
		context.close();
	}
}

package org.jointcase.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, by statement text, for the benchmarks only: the data source is
 * wrapped in proxies that count each execution (each row of a JDBC batch as one) and each commit and rollback. The
 * counts are what a {@code pg_stat_statements} would show, without a server restart to load it.
 */
final class StatementCounter {

	private static final Pattern TABLE = Pattern
		.compile("\\b(?:from|into|update|join)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
	private static final Map<String, LongAdder> BY_TEXT = new ConcurrentHashMap<>();
	private static final String COMMITS = "commit / rollback";
	private static volatile boolean counting = true;

	private StatementCounter() {
	}

	/** Imported by a benchmark whose statements are counted: wraps the application's data source. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Wrapping {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource source && !(Proxy.isProxyClass(bean.getClass())) ? wrap(source)
							: bean;
				}
			};
		}
	}

	/** The counts so far by statement text (whitespace collapsed). */
	static Map<String, Long> snapshot() {
		Map<String, Long> counts = new TreeMap<>();
		BY_TEXT.forEach((sql, count) -> counts.merge(sql.replaceAll("\\s+", " ").trim(), count.sum(), Long::sum));
		return counts;
	}

	/** What was counted between two snapshots, per statement text. */
	static Map<String, Long> since(Map<String, Long> before) {
		Map<String, Long> counts = new TreeMap<>();
		snapshot().forEach((sql, count) -> {
			long delta = count - before.getOrDefault(sql, 0L);
			if (delta > 0) {
				counts.put(sql, delta);
			}
		});
		return counts;
	}

	/** Sums counts by the kind of table a statement reads or writes first. */
	static Map<String, Long> byGroup(Map<String, Long> counts) {
		Map<String, Long> groups = new TreeMap<>();
		counts.forEach((sql, count) -> groups.merge(group(sql), count, Long::sum));
		return groups;
	}

	/** Prints the counts per unit (a transfer), by group and the {@code top} statements. */
	static void print(String label, Map<String, Long> counts, double units, int top) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		StringBuilder groups = new StringBuilder();
		byGroup(counts).forEach((group, count) -> groups.append(String.format(" %s %.1f,", group, count / units)));
		System.out.printf("BENCHMARK statements per transfer, %s: %.1f (%s)%n", label, total / units,
				groups.substring(0, Math.max(0, groups.length() - 1)).trim());
		counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(top)
			.forEach(entry -> System.out.printf("BENCHMARK   %5.1f  %s%n", entry.getValue() / units,
					entry.getKey().length() > 150 ? entry.getKey().substring(0, 150) + " …" : entry.getKey()));
	}

	private static String group(String sql) {
		if (sql.equals(COMMITS)) {
			return "begin/commit";
		}
		Matcher table = TABLE.matcher(sql);
		String name = table.find() ? table.group(1).toLowerCase(Locale.ROOT) : "other";
		if (name.startsWith("act_hi_")) {
			return "engine history";
		}
		if (name.startsWith("act_")) {
			return "engine runtime";
		}
		if (name.startsWith("audit")) {
			return "audit";
		}
		if (name.equals("officer") || name.equals("officer_role") || name.equals("agency")
				|| name.startsWith("spring_session")) {
			return "sign-in/directory";
		}
		return "own tables";
	}

	/** Counted by the text as sent; whitespace is collapsed when the counts are read, not per statement. */
	private static void count(String sql) {
		BY_TEXT.computeIfAbsent(sql, key -> new LongAdder()).increment();
	}

	/**
	 * Connections handed out while counting is off are the pool's own, without the proxies: a throughput round
	 * measures the application, not the counting.
	 */
	static void counting(boolean on) {
		counting = on;
	}

	static DataSource wrap(DataSource source) {
		return proxy(DataSource.class, source, (method, args, result) -> counting && result instanceof Connection connection
				? proxy(Connection.class, connection, StatementCounter::onConnection) : result);
	}

	private static Object onConnection(Method method, Object[] args, Object result) {
		switch (method.getName()) {
			case "commit", "rollback" -> count(COMMITS);
			case "prepareStatement" -> {
				String sql = (String) args[0];
				return proxy(PreparedStatement.class, (PreparedStatement) result, (m, a, r) -> {
					if (m.getName().equals("addBatch") || (m.getName().startsWith("execute") && a == null
							&& !m.getName().equals("executeBatch"))) {
						count(sql);
					}
					return r;
				});
			}
			case "createStatement" -> {
				return proxy(Statement.class, (Statement) result, (m, a, r) -> {
					if ((m.getName().startsWith("execute") || m.getName().equals("addBatch")) && a != null
							&& a.length > 0 && a[0] instanceof String sql) {
						count(sql);
					}
					return r;
				});
			}
			default -> {
			}
		}
		return result;
	}

	private interface After {
		Object apply(Method method, Object[] args, Object result) throws Exception;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (self, method, args) -> {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return method.invoke(target, args);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException failure) {
				throw failure.getCause();
			}
			return after.apply(method, args, result);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}
}

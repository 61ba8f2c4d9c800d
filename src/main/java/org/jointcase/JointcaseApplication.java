package org.jointcase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JointcaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(JointcaseApplication.class, args);
	}
}

package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointcase.web.StoredIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The length limits the API validates against the columns Flyway migrated on PostgreSQL: every limit marked
 * {@link StoredIn}, wherever it is declared, equals the columns that store its text as it is and is no longer than
 * those that store it inside a longer text. A column narrowed or a limit raised on one side alone fails here instead
 * of as a 500 when a long text arrives.
 */
@IntegrationTest
class ColumnLimitsIntegrationTests {

	@Test
	void everyStoredLimitFitsTheColumnsThatStoreIt() throws Exception {
		Map<String, Integer> columns = varcharLengths();
		List<String> failures = new ArrayList<>();
		List<Field> limits = storedLimits();
		for (Field limit : limits) {
			StoredIn stored = limit.getAnnotation(StoredIn.class);
			int length = limit.getInt(null);
			String name = limit.getDeclaringClass().getSimpleName() + "." + limit.getName() + " (" + length + ")";
			for (String column : stored.value()) {
				Integer columnLength = columns.get(column);
				if (columnLength == null || columnLength != length) {
					failures.add(name + " stored as it is in " + column + " (" + columnLength + ")");
				}
			}
			for (String column : stored.within()) {
				Integer columnLength = columns.get(column);
				if (columnLength == null || columnLength < length) {
					failures.add(name + " stored within " + column + " (" + columnLength + ")");
				}
			}
		}
		assertThat(limits).as("limits marked @StoredIn").hasSizeGreaterThan(40);
		assertThat(failures).isEmpty();
	}

	/** {@code table.column} to the length of each varchar column of the migrated schema. */
	private static Map<String, Integer> varcharLengths() throws SQLException {
		Map<String, Integer> lengths = new HashMap<>();
		try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select table_name, column_name, character_maximum_length from information_schema.columns
						where table_schema = 'public' and data_type = 'character varying'""")) {
			while (rows.next()) {
				lengths.put(rows.getString(1) + "." + rows.getString(2), rows.getInt(3));
			}
		}
		return lengths;
	}

	/** The constants marked {@link StoredIn} in every class of the application. */
	private static List<Field> storedLimits() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		List<Field> limits = new ArrayList<>();
		for (var definition : scanner.findCandidateComponents(JointcaseApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.forName(definition.getBeanClassName(), ColumnLimitsIntegrationTests.class
				.getClassLoader());
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(StoredIn.class)) {
					limits.add(field);
				}
			}
		}
		return limits;
	}
}

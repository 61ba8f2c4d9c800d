package org.jointcase.statistics;

import java.util.List;
import java.util.Optional;

/**
 * The figures of one scope over one period, as tables of counts: no case content. Each table and column has a name
 * that the message bundles translate ({@code statistics.table.<name>}, {@code statistics.column.<column>}) and each
 * figure of the summary says how it was counted ({@code statistics.how.<figure>}).
 */
public record StatisticsReport(StatisticsScope scope, StatisticsPeriod period, List<Table> tables) {

	/** A table: the columns' names and rows of values (text, whole numbers, or a percentage; {@code null}: none). */
	public record Table(String name, List<String> columns, List<List<Object>> rows) {
	}

	public Table table(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("No table " + name));
	}

	public Optional<Table> find(String name) {
		return tables.stream().filter(table -> table.name().equals(name)).findFirst();
	}

	/** A figure of the summary table by name. */
	public Object figure(String name) {
		return table(Statistics.SUMMARY).rows().stream().filter(row -> row.get(0).equals(name)).findFirst()
			.map(row -> row.get(1))
			.orElseThrow(() -> new IllegalArgumentException("No figure " + name));
	}
}

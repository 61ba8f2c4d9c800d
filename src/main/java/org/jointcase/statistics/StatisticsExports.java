package org.jointcase.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.statistics.StatisticsReport.Table;
import org.jointcase.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report's tables as files: one table as CSV (RFC 4180, UTF-8, the column names in the first row) and every table
 * as one XLSX workbook, a sheet per table, numbers as numeric cells. Written with Apache Commons CSV and Apache POI;
 * an absent value (a rate of nothing) is an empty cell. The API and the pages answer the same attachments, named after
 * the scope and the period ({@code statistics-3401-2026-01-01-2026-12-31-cases.csv}).
 */
public final class StatisticsExports {

	public static final String CSV_TYPE = "text/csv";
	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private StatisticsExports() {
	}

	/** The table {@code name} of the report as a CSV attachment; 404 for a table the report has not. */
	public static ResponseEntity<byte[]> csvFile(StatisticsReport report, String name) {
		Table table = report.find(name).orElseThrow(() -> ApiProblem.notFound("Statistics table"));
		return file(report, "-" + name + ".csv", MediaType.parseMediaType(CSV_TYPE + ";charset=UTF-8"),
				csv(table).getBytes(StandardCharsets.UTF_8));
	}

	/** Every table of the report as one XLSX attachment. */
	public static ResponseEntity<byte[]> xlsxFile(StatisticsReport report) {
		return file(report, ".xlsx", MediaType.parseMediaType(XLSX_TYPE), xlsx(report));
	}

	private static ResponseEntity<byte[]> file(StatisticsReport report, String suffix, MediaType type, byte[] body) {
		String scope = report.scope().oneAgency() ? report.scope().agencyCode() : report.scope().regionCode();
		String name = "statistics-" + scope + "-" + report.period().from() + "-" + report.period().to() + suffix;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	public static String csv(Table table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(table.columns());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(value -> value == null ? "" : value).toList());
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	public static byte[] xlsx(StatisticsReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Table table : report.tables()) {
				Sheet sheet = workbook.createSheet(table.name());
				write(sheet.createRow(0), table.columns());
				for (int i = 0; i < table.rows().size(); i++) {
					write(sheet.createRow(i + 1), table.rows().get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private static void write(Row row, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
			}
		}
	}
}

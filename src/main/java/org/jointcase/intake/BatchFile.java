package org.jointcase.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.web.ApiProblem;

/**
 * A channel's batch export as rows of named cells: CSV (UTF-8, a byte-order mark allowed) or XLSX (the first sheet),
 * the first row naming the columns ({@link #COLUMNS}, in any order, case ignored). A file that is neither, cannot be
 * read whole, or lacks a required column is refused whole (400): no row of it is imported.
 */
final class BatchFile {

	/** The columns of the batch template ({@code static/intake/intake-batch-template.csv}); see the README. */
	static final List<String> COLUMNS = List.of("kind", "channel", "workOrder", "receivedAt", "personName",
			"personContact", "realName", "businessName", "creditCode", "businessAddress", "businessRegion", "facts",
			"amount", "desiredOutcome");
	static final List<String> REQUIRED = List.of("kind", "channel", "workOrder", "businessName", "facts");
	private static final int MAX_ROWS = 100_000;

	enum Format {
		CSV, XLSX
	}

	/** A data row: its number in the file (the header is row 1) and its cells by column name. */
	record Line(int number, Map<String, String> cells) {
	}

	final Format format;
	final List<Line> lines;

	private BatchFile(Format format, List<Line> lines) {
		this.format = format;
		this.lines = lines;
	}

	static BatchFile read(String fileName, byte[] bytes) {
		boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") || zip) {
			return new BatchFile(Format.XLSX, xlsx(bytes));
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return new BatchFile(Format.CSV, csv(bytes));
		}
		throw refused("batch-format", "A batch file is CSV (.csv) or XLSX (.xlsx)");
	}

	private static List<Line> csv(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw refused("batch-encoding", "The CSV file is not UTF-8 text");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			List<List<String>> table = new ArrayList<>();
			for (CSVRecord record : parser) {
				table.add(record.toList());
				if (table.size() > MAX_ROWS + 1) {
					throw refused("batch-size", "A batch file has at most " + MAX_ROWS + " rows");
				}
			}
			return lines(table);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
			throw refused("batch-csv", "The CSV file cannot be read: " + malformed.getMessage());
		}
	}

	private static List<Line> xlsx(byte[] bytes) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw refused("batch-xlsx", "The workbook has no sheet");
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw refused("batch-size", "A batch file has at most " + MAX_ROWS + " rows");
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> table = new ArrayList<>();
			int width = 0;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					width = r == 0 ? row.getLastCellNum() : width;
					for (int c = 0; c < Math.max(width, 0); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				table.add(cells);
			}
			return lines(table);
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof ApiProblem problem) {
				throw problem;
			}
			throw refused("batch-xlsx", "The XLSX file cannot be read as a workbook");
		}
	}

	private static List<Line> lines(List<List<String>> table) {
		if (table.isEmpty()) {
			throw refused("batch-columns", "The file is empty: its first row names the columns " + COLUMNS);
		}
		List<String> header = table.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> index = new LinkedHashMap<>();
		for (String column : COLUMNS) {
			int at = header.indexOf(column.toLowerCase(Locale.ROOT));
			if (at >= 0) {
				index.put(column, at);
			}
		}
		List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw refused("batch-columns", "The first row names the columns; missing " + missing + " of " + COLUMNS);
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> row = table.get(r);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			index.forEach((column, at) -> {
				String value = at < row.size() ? row.get(at).trim() : "";
				cells.put(column, value.isEmpty() ? null : value);
			});
			lines.add(new Line(r + 1, cells));
		}
		return lines;
	}

	private static ApiProblem refused(String rule, String detail) {
		return ApiProblem.invalid("file", rule, detail);
	}
}

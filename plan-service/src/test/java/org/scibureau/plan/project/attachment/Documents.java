package org.scibureau.plan.project.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small but well-formed documents of every kind the sniffer knows, and the means to break them, built in memory.
 */
final class Documents {

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final int SECTOR = 512;

	static final long NO_STREAM = 0xFFFFFFFFL;

	private static final long FREE = 0xFFFFFFFFL;

	private static final long END_OF_CHAIN = 0xFFFFFFFEL;

	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
			(byte) 0xB1, 0x1A, (byte) 0xE1 };

	private Documents() {
	}

	/** A one-page PDF 1.4, written by hand. */
	static byte[] pdf() {
		String body = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				""";
		String xref = "xref\n0 4\n0000000000 65535 f \n" + offsetLine(body, "1 0 obj") + offsetLine(body, "2 0 obj")
				+ offsetLine(body, "3 0 obj");
		String trailer = "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + body.length() + "\n%%EOF\n";
		return (body + xref + trailer).getBytes(StandardCharsets.US_ASCII);
	}

	/** An Office Open XML package whose main part lives in {@code folder} ({@code word}, {@code xl}, {@code ppt}). */
	static byte[] officeOpenXml(String folder) {
		return zip(Map.of("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
				folder + "/_rels/main.xml.rels", "<Relationships/>", folder + "/main.xml", "<main/>",
				"docProps/core.xml", "<coreProperties/>"));
	}

	/** An OpenDocument package declaring {@code mediaType}, its {@code mimetype} entry first and stored. */
	static byte[] openDocument(String mediaType) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("mimetype", mediaType);
		entries.put("content.xml", "<office:document-content/>");
		entries.put("META-INF/manifest.xml", "<manifest:manifest/>");
		return zip(entries, "mimetype");
	}

	/** A ZIP archive of the entries in order, all deflated. */
	static byte[] zip(Map<String, String> entries) {
		return zip(new LinkedHashMap<>(entries), null);
	}

	/** A ZIP archive of the entries in order; the entry named {@code stored} is stored rather than deflated. */
	static byte[] zip(Map<String, String> entries, String stored) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				byte[] data = entry.getValue().getBytes(StandardCharsets.UTF_8);
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				if (entry.getKey().equals(stored)) {
					CRC32 crc = new CRC32();
					crc.update(data);
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(data.length);
					zipEntry.setCrc(crc.getValue());
				}
				zip.putNextEntry(zipEntry);
				zip.write(data);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Where the {@code index}-th central directory entry of {@code zip} starts. */
	static int centralEntry(byte[] zip, int index) {
		int found = -1;
		for (int at = 0; at < zip.length - 3; at++) {
			if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2 && ++found == index) {
				return at;
			}
		}
		throw new IllegalArgumentException("No central directory entry " + index);
	}

	/** {@code bytes} with the little-endian 32-bit {@code value} at {@code offset}. */
	static byte[] patch32(byte[] bytes, int offset, long value) {
		byte[] patched = bytes.clone();
		put32(patched, offset, value);
		return patched;
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static String offsetLine(String body, String object) {
		return "%010d 00000 n \n".formatted(body.indexOf(object));
	}

	/**
	 * A version 3 compound file (512-byte sectors) whose root storage holds {@code children}, its directory starting
	 * at {@code directorySector}: far enough out, the FAT needs more sectors than the header lists, and the rest are
	 * listed in DIFAT sectors.
	 */
	static byte[] compoundFile(long directorySector, Node... children) {
		List<byte[]> entries = new ArrayList<>();
		entries.add(null);
		long firstChild = addSiblings(entries, List.of(children));
		entries.set(0, directoryEntry("Root Entry", 5, NO_STREAM, firstChild));
		int directorySectors = (entries.size() + 3) / 4;
		int sectors = (int) directorySector + directorySectors;
		int fatSectors = (sectors + 127) / 128;
		int difatSectors = (fatSectors > 109) ? (fatSectors - 109 + 126) / 127 : 0;
		if (directorySector < fatSectors + difatSectors) {
			throw new IllegalArgumentException("The directory would overlap the FAT");
		}
		byte[] file = new byte[(sectors + 1) * SECTOR];
		long[] fat = new long[fatSectors * 128];
		Arrays.fill(fat, FREE);
		for (int i = 0; i < fatSectors; i++) {
			fat[i] = 0xFFFFFFFDL;
		}
		for (int i = 0; i < difatSectors; i++) {
			fat[fatSectors + i] = 0xFFFFFFFCL;
		}
		for (int i = 0; i < directorySectors; i++) {
			fat[(int) directorySector + i] = (i == directorySectors - 1) ? END_OF_CHAIN : directorySector + i + 1;
		}
		for (int i = 0; i < fat.length; i++) {
			put32(file, SECTOR + i * 4, fat[i]);
		}
		writeHeader(file, fatSectors, difatSectors, directorySector);
		for (int d = 0; d < difatSectors; d++) {
			int at = (fatSectors + d + 1) * SECTOR;
			for (int i = 0; i < 127; i++) {
				int listed = 109 + d * 127 + i;
				put32(file, at + i * 4, (listed < fatSectors) ? listed : FREE);
			}
			put32(file, at + 127 * 4, (d == difatSectors - 1) ? END_OF_CHAIN : fatSectors + d + 1);
		}
		for (int i = 0; i < entries.size(); i++) {
			System.arraycopy(entries.get(i), 0, file, (int) (directorySector + 1) * SECTOR + i * 128, 128);
		}
		for (int i = entries.size(); i < directorySectors * 4; i++) {
			System.arraycopy(directoryEntry("", 0, NO_STREAM, NO_STREAM), 0, file,
					(int) (directorySector + 1) * SECTOR + i * 128, 128);
		}
		return file;
	}

	/** Where directory entry {@code id} of a {@link #compoundFile} with its directory at sector 1 starts. */
	static int directoryEntryOffset(int id) {
		return 2 * SECTOR + id * 128;
	}

	/** A stream in a compound file. */
	static Node stream(String name) {
		return new Node(name, 2, List.of());
	}

	/** A storage in a compound file, holding {@code children}. */
	static Node storage(String name, Node... children) {
		return new Node(name, 1, List.of(children));
	}

	/** An entry of a compound file's directory. */
	record Node(String name, int type, List<Node> children) {

	}

	/** Adds {@code siblings} (and their children) as a chain of right siblings; the id of the first, if any. */
	private static long addSiblings(List<byte[]> entries, List<Node> siblings) {
		return siblings.isEmpty() ? NO_STREAM : add(entries, siblings);
	}

	private static int add(List<byte[]> entries, List<Node> siblings) {
		int first = entries.size();
		for (int i = 0; i < siblings.size(); i++) {
			entries.add(null);
		}
		for (int i = 0; i < siblings.size(); i++) {
			Node node = siblings.get(i);
			long child = addSiblings(entries, node.children());
			byte[] entry = directoryEntry(node.name(), node.type(), (i < siblings.size() - 1) ? first + i + 1 : NO_STREAM,
					child);
			entries.set(first + i, entry);
		}
		return first;
	}

	private static byte[] directoryEntry(String name, int type, long rightSibling, long child) {
		byte[] entry = new byte[128];
		byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(utf16, 0, entry, 0, utf16.length);
		entry[0x40] = (byte) (name.isEmpty() ? 0 : utf16.length + 2);
		entry[0x42] = (byte) type;
		entry[0x43] = 1;
		put32(entry, 0x44, NO_STREAM);
		put32(entry, 0x48, rightSibling);
		put32(entry, 0x4C, child);
		put32(entry, 0x74, END_OF_CHAIN);
		return entry;
	}

	private static void writeHeader(byte[] file, int fatSectors, int difatSectors, long directorySector) {
		System.arraycopy(OLE2_SIGNATURE, 0, file, 0, OLE2_SIGNATURE.length);
		file[0x18] = 0x3E;
		file[0x1A] = 3;
		file[0x1C] = (byte) 0xFE;
		file[0x1D] = (byte) 0xFF;
		file[0x1E] = 9;
		file[0x20] = 6;
		put32(file, 0x2C, fatSectors);
		put32(file, 0x30, directorySector);
		put32(file, 0x38, 4096);
		put32(file, 0x3C, END_OF_CHAIN);
		put32(file, 0x44, (difatSectors > 0) ? fatSectors : END_OF_CHAIN);
		put32(file, 0x48, difatSectors);
		for (int i = 0; i < 109; i++) {
			put32(file, 0x4C + i * 4, (i < fatSectors) ? i : FREE);
		}
	}

	private static void put32(byte[] bytes, int offset, long value) {
		for (int i = 0; i < 4; i++) {
			bytes[offset + i] = (byte) (value >>> (8 * i));
		}
	}

}

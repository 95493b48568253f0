package org.scibureau.plan.project.attachment;

import static org.scibureau.plan.project.attachment.DocumentBytes.u16;
import static org.scibureau.plan.project.attachment.DocumentBytes.u32;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of a ZIP archive as its central directory lists them, read without inflating anything.
 * <p>
 * Only plain archives pass: one disk, no ZIP64, no encryption, stored or deflated entries, nothing before the first
 * entry or between the directory and its end record, no two entries with one name, and no entries overlapping
 * (the trick of non-recursive ZIP bombs). The sizes the directory declares must not add up to more than
 * {@value #MAX_EXPANDED_SIZE} bytes; sizes that lie can only be caught by inflating, which the sniffer never does.
 */
final class ZipDirectory {

	/** Largest total uncompressed size the entries may declare: 1 GiB. */
	private static final long MAX_EXPANDED_SIZE = 1L << 30;

	private static final long CENTRAL_HEADER = 0x02014b50L;

	private static final long LOCAL_HEADER = 0x04034b50L;

	private static final long END_OF_DIRECTORY = 0x06054b50L;

	private static final int END_LENGTH = 22;

	private static final int CENTRAL_LENGTH = 46;

	private static final int LOCAL_LENGTH = 30;

	private static final int MAX_COMMENT = 0xFFFF;

	private static final int MAX_DIRECTORY_SIZE = 4 << 20;

	private static final int STORED = 0;

	private static final int DEFLATED = 8;

	private static final int ENCRYPTED = 1;

	private static final int UTF8_NAMES = 1 << 11;

	private static final long ZIP64 = 0xFFFFFFFFL;

	private final DocumentBytes content;

	private final List<Entry> entries;

	private ZipDirectory(DocumentBytes content, List<Entry> entries) {
		this.content = content;
		this.entries = entries;
	}

	/** The directory of the archive {@code content}, if it is a plain one. */
	static ZipDirectory read(DocumentBytes content) throws IOException, MalformedDocument {
		int tailLength = (int) Math.min(content.size(), END_LENGTH + MAX_COMMENT);
		long tailStart = content.size() - tailLength;
		byte[] tail = content.read(tailStart, tailLength);
		int end = endOfDirectory(tail);
		int count = u16(tail, end + 10);
		long directorySize = u32(tail, end + 12);
		long directoryOffset = u32(tail, end + 16);
		if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0 || u16(tail, end + 8) != count || count == 0) {
			throw new MalformedDocument("Not a single-disk archive with entries");
		}
		if (directorySize > MAX_DIRECTORY_SIZE || directoryOffset + directorySize != tailStart + end) {
			throw new MalformedDocument("The central directory is not where its end record says");
		}
		List<Entry> entries = entries(content.read(directoryOffset, (int) directorySize), count);
		checkLayout(entries, directoryOffset);
		return new ZipDirectory(content, entries);
	}

	/** The entries in the order of their data in the archive. */
	List<Entry> entries() {
		return this.entries;
	}

	/** The bytes of the first entry, if it is stored uncompressed and has at most {@code maxLength} of them. */
	byte[] firstEntryStored(int maxLength) throws IOException, MalformedDocument {
		Entry first = this.entries.getFirst();
		if (first.method() != STORED || first.size() > maxLength) {
			throw new MalformedDocument("The first entry is not a short stored one");
		}
		byte[] header = this.content.read(0, LOCAL_LENGTH);
		int nameLength = u16(header, 26);
		String name = new String(this.content.read(LOCAL_LENGTH, nameLength), charset(u16(header, 6)));
		if (u32(header, 0) != LOCAL_HEADER || u16(header, 8) != STORED || !name.equals(first.name())) {
			throw new MalformedDocument("The first entry's local header disagrees with the directory");
		}
		return this.content.read(LOCAL_LENGTH + nameLength + u16(header, 28), (int) first.size());
	}

	private static int endOfDirectory(byte[] tail) throws MalformedDocument {
		for (int at = tail.length - END_LENGTH; at >= 0; at--) {
			if (u32(tail, at) == END_OF_DIRECTORY && u16(tail, at + 20) == tail.length - at - END_LENGTH) {
				return at;
			}
		}
		throw new MalformedDocument("No end of central directory record");
	}

	private static List<Entry> entries(byte[] directory, int count) throws MalformedDocument {
		List<Entry> entries = new ArrayList<>(count);
		Set<String> names = new HashSet<>();
		long expanded = 0;
		int at = 0;
		for (int index = 0; index < count; index++) {
			if (at + CENTRAL_LENGTH > directory.length || u32(directory, at) != CENTRAL_HEADER) {
				throw new MalformedDocument("Central directory entry " + index + " is broken");
			}
			int flags = u16(directory, at + 8);
			int nameLength = u16(directory, at + 28);
			int next = at + CENTRAL_LENGTH + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
			if (next > directory.length) {
				throw new MalformedDocument("Central directory entry " + index + " overruns the directory");
			}
			Entry entry = new Entry(new String(directory, at + CENTRAL_LENGTH, nameLength, charset(flags)), nameLength,
					flags, u16(directory, at + 10), u32(directory, at + 20), u32(directory, at + 24),
					u32(directory, at + 42));
			check(entry, u16(directory, at + 34));
			if (!names.add(entry.name())) {
				throw new MalformedDocument("Two entries named " + entry.name());
			}
			expanded += entry.size();
			if (expanded > MAX_EXPANDED_SIZE) {
				throw new MalformedDocument("The entries would expand beyond " + MAX_EXPANDED_SIZE + " bytes");
			}
			entries.add(entry);
			at = next;
		}
		if (at != directory.length) {
			throw new MalformedDocument("The central directory holds more than its entries");
		}
		return entries;
	}

	/** Names are UTF-8 when flagged so, else IBM437, which agrees with ISO-8859-1 on the ASCII names we look for. */
	private static Charset charset(int flags) {
		return ((flags & UTF8_NAMES) != 0) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
	}

	private static void check(Entry entry, int disk) throws MalformedDocument {
		if ((entry.flags() & ENCRYPTED) != 0) {
			throw new MalformedDocument("Entry " + entry.name() + " is encrypted");
		}
		if (entry.method() != STORED && entry.method() != DEFLATED) {
			throw new MalformedDocument("Entry " + entry.name() + " uses compression method " + entry.method());
		}
		if (entry.compressedSize() == ZIP64 || entry.size() == ZIP64 || entry.offset() == ZIP64 || disk != 0) {
			throw new MalformedDocument("Entry " + entry.name() + " needs ZIP64 or another disk");
		}
		if (entry.method() == STORED && entry.compressedSize() != entry.size()) {
			throw new MalformedDocument("Stored entry " + entry.name() + " changes size");
		}
	}

	/** The entries' data follow each other from the archive's first byte to the directory, without overlapping. */
	private static void checkLayout(List<Entry> entries, long directoryOffset) throws MalformedDocument {
		entries.sort(Comparator.comparingLong(Entry::offset));
		if (entries.getFirst().offset() != 0) {
			throw new MalformedDocument("Something precedes the first entry");
		}
		long free = 0;
		for (Entry entry : entries) {
			if (entry.offset() < free) {
				throw new MalformedDocument("Entry " + entry.name() + " overlaps the one before it");
			}
			free = entry.offset() + LOCAL_LENGTH + entry.nameLength() + entry.compressedSize();
		}
		if (free > directoryOffset) {
			throw new MalformedDocument("The last entry runs into the central directory");
		}
	}

	/**
	 * One entry of the central directory.
	 *
	 * @param name its path in the archive
	 * @param nameLength the length of its name in bytes
	 * @param flags its general purpose flags
	 * @param method its compression method
	 * @param compressedSize its length in the archive
	 * @param size its declared length once inflated
	 * @param offset where its local header starts
	 */
	record Entry(String name, int nameLength, int flags, int method, long compressedSize, long size, long offset) {

	}

}

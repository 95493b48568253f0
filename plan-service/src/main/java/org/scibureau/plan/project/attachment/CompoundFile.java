package org.scibureau.plan.project.attachment;

import static org.scibureau.plan.project.attachment.DocumentBytes.u16;
import static org.scibureau.plan.project.attachment.DocumentBytes.u32;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The top-level stream names of an OLE2 compound file (MS-CFB), the container of legacy Word, Excel and PowerPoint
 * documents, which tell those apart. Reads the header, the list of FAT sectors, the FAT entries of the directory's
 * chain and the directory; never a stream's content.
 */
final class CompoundFile {

	private static final int HEADER_LENGTH = 512;

	private static final int HEADER_DIFAT_ENTRIES = 109;

	private static final int ENTRY_LENGTH = 128;

	private static final long END_OF_CHAIN = 0xFFFFFFFEL;

	private static final long MAX_REGULAR_SECTOR = 0xFFFFFFFAL;

	private static final long NO_STREAM = 0xFFFFFFFFL;

	private static final int MAX_DIRECTORY_SIZE = 1 << 20;

	private static final int STREAM = 2;

	private static final int ROOT = 5;

	private final DocumentBytes content;

	private final int sectorSize;

	private final long[] fatSectors;

	private CompoundFile(DocumentBytes content, int sectorSize, long[] fatSectors) {
		this.content = content;
		this.sectorSize = sectorSize;
		this.fatSectors = fatSectors;
	}

	/** The names of the streams directly inside the root storage of the compound file {@code content}. */
	static Set<String> rootStreamNames(DocumentBytes content) throws IOException, MalformedDocument {
		byte[] header = content.read(0, HEADER_LENGTH);
		int version = u16(header, 0x1A);
		int sectorShift = u16(header, 0x1E);
		if (u16(header, 0x1C) != 0xFFFE || !((version == 3 && sectorShift == 9) || (version == 4 && sectorShift == 12))) {
			throw new MalformedDocument("Not a version 3 or 4 compound file");
		}
		int sectorSize = 1 << sectorShift;
		long[] fatSectors = fatSectors(content, header, sectorSize);
		return new CompoundFile(content, sectorSize, fatSectors).rootStreamNames(u32(header, 0x30));
	}

	/** Where the FAT's sectors are: listed first in the header, then in the chain of DIFAT sectors. */
	private static long[] fatSectors(DocumentBytes content, byte[] header, int sectorSize)
			throws IOException, MalformedDocument {
		long count = u32(header, 0x2C);
		// Each FAT sector maps sectorSize / 4 sectors; a FAT much longer than the file needs is not plausible.
		if (count == 0 || count > content.size() / sectorSize / (sectorSize / 4) + 1) {
			throw new MalformedDocument("A FAT of " + count + " sectors does not fit the file");
		}
		long[] sectors = new long[(int) count];
		int perDifatSector = sectorSize / 4 - 1;
		byte[] list = header;
		int at = 0x4C;
		int listed = HEADER_DIFAT_ENTRIES;
		for (int index = 0; index < sectors.length; index++) {
			if (listed == 0) {
				long next = (list == header) ? u32(header, 0x44) : u32(list, at);
				list = content.read(offset(next, sectorSize), sectorSize);
				at = 0;
				listed = perDifatSector;
			}
			sectors[index] = u32(list, at);
			at += 4;
			listed--;
		}
		return sectors;
	}

	private Set<String> rootStreamNames(long firstDirectorySector) throws IOException, MalformedDocument {
		byte[] directory = directory(firstDirectorySector);
		int count = directory.length / ENTRY_LENGTH;
		if (directory[0x42] != ROOT) {
			throw new MalformedDocument("The first directory entry is not the root");
		}
		// The root's children form a tree through their left and right siblings.
		Set<String> names = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		Deque<Long> next = new ArrayDeque<>();
		next.push(u32(directory, 0x4C));
		while (!next.isEmpty()) {
			long id = next.pop();
			if (id == NO_STREAM) {
				continue;
			}
			if (id >= count || !seen.add(id)) {
				throw new MalformedDocument("The directory tree is broken at entry " + id);
			}
			int at = (int) id * ENTRY_LENGTH;
			int nameLength = u16(directory, at + 0x40);
			if (nameLength < 2 || nameLength > 64 || nameLength % 2 != 0) {
				throw new MalformedDocument("Directory entry " + id + " has a name of " + nameLength + " bytes");
			}
			if (directory[at + 0x42] == STREAM) {
				names.add(new String(directory, at, nameLength - 2, StandardCharsets.UTF_16LE));
			}
			next.push(u32(directory, at + 0x44));
			next.push(u32(directory, at + 0x48));
		}
		return names;
	}

	/** The directory's sectors, following its chain through the FAT. */
	private byte[] directory(long firstSector) throws IOException, MalformedDocument {
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		for (long sector = firstSector; sector != END_OF_CHAIN; sector = next(sector)) {
			if (directory.size() >= MAX_DIRECTORY_SIZE) {
				throw new MalformedDocument("The directory is longer than " + MAX_DIRECTORY_SIZE + " bytes");
			}
			directory.writeBytes(this.content.read(offset(sector, this.sectorSize), this.sectorSize));
		}
		if (directory.size() == 0) {
			throw new MalformedDocument("The directory is empty");
		}
		return directory.toByteArray();
	}

	/** The sector after {@code sector} in its chain, as the FAT says. */
	private long next(long sector) throws IOException, MalformedDocument {
		int perSector = this.sectorSize / 4;
		long index = sector / perSector;
		if (index >= this.fatSectors.length) {
			throw new MalformedDocument("The FAT does not reach sector " + sector);
		}
		long position = offset(this.fatSectors[(int) index], this.sectorSize) + (sector % perSector) * 4;
		return u32(this.content.read(position, 4), 0);
	}

	private static long offset(long sector, int sectorSize) throws MalformedDocument {
		if (sector > MAX_REGULAR_SECTOR) {
			throw new MalformedDocument("Sector " + sector + " is not a regular sector");
		}
		return (sector + 1) * sectorSize;
	}

}

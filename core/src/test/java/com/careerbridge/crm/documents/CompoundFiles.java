package com.careerbridge.crm.documents;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Minimal but real OLE2 compound files (Microsoft's Compound File Binary format, version 3), written byte by byte: a
 * header, one FAT sector, one directory sector (the root and one stream) and the stream's eight sectors. What an
 * Office file of 1997–2003 is a container of: a Word document has a stream called "WordDocument", an Excel workbook
 * one called "Workbook".
 */
final class CompoundFiles {

    private static final int SECTOR = 512;
    private static final int STREAM_SECTORS = 8; // 4096 bytes: at the mini-stream cutoff, so in regular sectors
    private static final int FREE = 0xFFFFFFFF;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FAT_SECTOR = 0xFFFFFFFD;
    private static final int NO_STREAM = 0xFFFFFFFF;

    private CompoundFiles() {
    }

    /** A compound file whose only stream has this name. */
    static byte[] withStream(String streamName) {
        ByteBuffer file = ByteBuffer.allocate(SECTOR * (3 + STREAM_SECTORS)).order(ByteOrder.LITTLE_ENDIAN);
        header(file);
        // sector 0: the FAT — itself, the directory's one sector, then the stream's chain
        file.position(SECTOR);
        file.putInt(FAT_SECTOR).putInt(END_OF_CHAIN);
        for (int s = 2; s < 2 + STREAM_SECTORS; s++) {
            file.putInt(s == 1 + STREAM_SECTORS ? END_OF_CHAIN : s + 1);
        }
        while (file.position() < 2 * SECTOR) {
            file.putInt(FREE);
        }
        // sector 1: the directory — the root, its one child stream, two unused entries
        file.position(2 * SECTOR);
        entry(file, "Root Entry", 5, 1, END_OF_CHAIN, 0);
        entry(file, streamName, 2, NO_STREAM, 2, SECTOR * STREAM_SECTORS);
        entry(file, "", 0, NO_STREAM, 0, 0);
        entry(file, "", 0, NO_STREAM, 0, 0);
        // sectors 2–9: the stream, beginning as a Word file's FIB does (its magic number 0xA5EC)
        file.position(3 * SECTOR);
        file.putShort((short) 0xA5EC).putShort((short) 0x00C1);
        return file.array();
    }

    private static void header(ByteBuffer file) {
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.put(new byte[16]);                   // class id
        file.putShort((short) 0x003E);            // minor version
        file.putShort((short) 0x0003);            // major version 3: 512-byte sectors
        file.putShort((short) 0xFFFE);            // byte order mark: little-endian
        file.putShort((short) 9);                 // sector size 2^9
        file.putShort((short) 6);                 // mini sector size 2^6
        file.put(new byte[6]);                    // reserved
        file.putInt(0);                           // directory sectors (always 0 in version 3)
        file.putInt(1);                           // FAT sectors
        file.putInt(1);                           // the directory's first sector
        file.putInt(0);                           // transaction signature
        file.putInt(4096);                        // mini stream cutoff
        file.putInt(END_OF_CHAIN);                // no mini FAT
        file.putInt(0);
        file.putInt(END_OF_CHAIN);                // no DIFAT sectors
        file.putInt(0);
        file.putInt(0);                           // DIFAT[0]: the FAT is sector 0
        for (int i = 1; i < 109; i++) {
            file.putInt(FREE);
        }
    }

    private static void entry(ByteBuffer file, String name, int type, int child, int start, int size) {
        int at = file.position();
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(utf16);
        file.position(at + 64);
        file.putShort((short) (name.isEmpty() ? 0 : utf16.length + 2)); // with the terminating null
        file.put((byte) type);
        file.put((byte) 1);                       // black in the red-black tree
        file.putInt(NO_STREAM).putInt(NO_STREAM); // no siblings
        file.putInt(child);
        file.put(new byte[16 + 4 + 8 + 8]);      // class id, state bits, creation and modification times
        file.putInt(start);
        file.putLong(size);
    }
}

package com.careerbridge.crm.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Marks a data directory as used by a live CareerBridge JVM. The operating system releases the lock when the JVM dies,
 * however it dies, so "postmaster running but lock free" reliably means the postmaster's owner is gone: an orphan we may
 * stop. Without it, a second instance started on the same directory would take the first one's database away.
 * <p>
 * The lock file sits next to the data directory, not inside it: initdb wants an empty directory.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    /** The lock, or empty when another live process (or another server in this JVM) holds it. */
    static Optional<DataDirectoryLock> tryAcquire(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(lockFileOf(dataDirectory), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirectoryLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}

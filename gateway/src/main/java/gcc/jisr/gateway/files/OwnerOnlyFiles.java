package gcc.jisr.gateway.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The files the gateway writes (key stores, certificates, the revocation list, the embedded store's directory) hold
 * private keys or personal data, or say which keys to trust: no other user of the machine may read or replace them.
 * On POSIX file systems they are created rw------- and their directories rwx------, whatever the process's umask; on
 * others (Windows) a file inherits its directory's access list, which is the best that can be done from Java.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the directory and its missing parents rwx------, or narrows it to rwx------ when it is already there.
     * Directories that other users share by design (a file system root, the temporary directory, the home directory)
     * are never narrowed: an operator who points the gateway there gets its files protected one by one instead.
     */
    public static Path directory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(absolute)) {
                if (posix(nearestExisting(absolute))) {
                    Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectories(absolute);
                }
            }
            if (posix(absolute) && !shared(absolute)) {
                // createDirectories is subject to the umask; this is not.
                Files.setPosixFilePermissions(absolute, DIRECTORY);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + absolute + " for its owner only", e);
        }
    }

    /**
     * Writes the file in one step (a reader sees the old content or the new, never half) and rw------- from its first
     * byte: the bytes go to a temporary file of the owner's in the same directory, which then replaces the file.
     */
    public static void write(Path file, byte[] bytes) {
        Path directory = file.toAbsolutePath().getParent();
        directory(directory);
        try {
            Path temporary = posix(directory)
                    ? Files.createTempFile(directory, "." + file.getFileName(), ".tmp", ownerOnly())
                    : Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    out.write(bytes);
                }
                replace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Narrows a file that is already there (written by another program, or by an older gateway) to rw-------. */
    public static void narrow(Path file) {
        try {
            if (Files.isRegularFile(file) && posix(file)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " readable by its owner only", e);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing;
    }

    private static boolean shared(Path directory) {
        return directory.getParent() == null
                || directory.equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())
                || directory.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
    }
}

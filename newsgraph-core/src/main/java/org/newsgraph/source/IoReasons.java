package org.newsgraph.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in the words a user would look for. Java's file-system exceptions often carry only
 * the path as their message (a {@link NoSuchFileException} says "/proc/ng" and nothing else), so the reason has to
 * come from their type.
 */
public final class IoReasons {

    private IoReasons() {
    }

    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }
}

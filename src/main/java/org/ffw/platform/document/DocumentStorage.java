package org.ffw.platform.document;

/**
 * Where document bytes live. The default keeps them in the database (shared by every node); an object store
 * (S3-compatible, the bureau's file service) is another implementation of this interface.
 */
public interface DocumentStorage {

    /** Stores the bytes under a new key and returns it. Joins the caller's transaction where it can. */
    String put(byte[] content);

    byte[] get(String key);
}

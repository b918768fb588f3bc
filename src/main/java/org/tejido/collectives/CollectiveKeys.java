package org.tejido.collectives;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Encryption of a collective's sensitive fields with its own data key.
 */
public interface CollectiveKeys {

	/** Gives a collective its data key; done once, when the collective is created. */
	void create(UUID collective);

	/**
	 * Encrypts a value for a collective; {@code field} binds the ciphertext to where it
	 * is kept.
	 */
	byte[] encrypt(UUID collective, String field, String value);

	/**
	 * Decrypts a value of a collective; fails if the key was destroyed or the bytes were
	 * altered.
	 */
	String decrypt(UUID collective, String field, byte[] ciphertext);

	/** The sealing of one collective's fields, with its data key. */
	default Sealed sealed(UUID collective) {
		return new Sealed(this, collective);
	}

	/**
	 * A keyed hash of a value for equality lookups (a phone number of an incoming SMS),
	 * that reveals nothing about the value without the key.
	 */
	String blindIndex(String value);

	/**
	 * Wraps {@code ciphertext} so that what is written to the result is encrypted with
	 * the collective's file key; {@code name} binds it to where it is kept.
	 */
	OutputStream encrypting(UUID collective, String name, OutputStream ciphertext);

	/** Reads back what {@link #encrypting} wrote. */
	InputStream decrypting(UUID collective, String name, InputStream ciphertext);

	/**
	 * Adds a new master wrapping key and wraps every collective's keys again under it;
	 * the old master keys stay in the key file until {@link #retireOldMasterKeys()}.
	 * Gives how many collectives were re-wrapped.
	 */
	int rewrapUnderNewMasterKey();

	/**
	 * Removes the old master wrapping keys from the key file, after checking that nothing
	 * is still wrapped by them. Gives how many keys were removed.
	 */
	int retireOldMasterKeys();

	/** Destroys a collective's data key: its encrypted data can never be read again. */
	void destroy(UUID collective);

}

package org.scibureau.platform.testapp;

import java.util.UUID;

/**
 * A thing as stored and as answered.
 *
 * @param id its id
 * @param owner the subject that created it
 * @param name its name
 * @param size its size
 * @param version its optimistic-locking version
 */
record Thing(UUID id, String owner, String name, int size, long version) {
}

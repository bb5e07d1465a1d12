package io.lanmu.item;

/**
 * An item with the content of its latest revision, as staff see it.
 */
public record ItemDetails(Item item, ItemContent content) {
}

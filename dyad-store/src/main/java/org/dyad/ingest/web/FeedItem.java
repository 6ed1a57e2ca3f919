package org.dyad.ingest.web;

import java.time.LocalDate;

/**
 * One item of an RSS or Atom feed.
 *
 * @param id the item's guid (or link, when it has none)
 * @param title its title, or null
 * @param link the article's address, or null
 * @param published its date, or null
 * @param text its description or content as plain text, or "" (a fallback when the page cannot be
 *     fetched)
 */
public record FeedItem(String id, String title, String link, LocalDate published, String text) {}

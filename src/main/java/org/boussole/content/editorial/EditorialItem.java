package org.boussole.content.editorial;

/** The kinds of content that editors write and whose revisions are kept. */
public enum EditorialItem {

	GUIDE, EVENT

}

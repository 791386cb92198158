package org.boussole.audience;

/**
 * One page view as the store keeps it: no IP address, no User-Agent, only a keyed visitor
 * key.
 *
 * @param visitor the visitor key (16 bytes, see {@link VisitorKeys})
 * @param epochSecond when the page was viewed
 * @param path the path of the page, without its query string
 * @param search whether the page view is a search
 * @param device the device class of the visitor
 * @param dedupKey 16 bytes that identify the source of the row (a log line), so that
 * importing it again adds nothing
 */
record PageView(byte[] visitor, long epochSecond, String path, boolean search, Device device, byte[] dedupKey) {

}

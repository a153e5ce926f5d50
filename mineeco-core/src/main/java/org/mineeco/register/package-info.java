/**
 * The register between surveys, kept on the inventory store ({@link
 * org.mineeco.inventory.InventoryStore}: the same GeoPackage file or PostGIS schema): a ledger per
 * mine (一矿一策), delistings (销号) and spot checks (抽查), each change appended with who, when and why,
 * so that every past state can be reported. {@link org.mineeco.register.Register} is the entry
 * point.
 */
package org.mineeco.register;

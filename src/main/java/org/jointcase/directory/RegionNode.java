package org.jointcase.directory;

import java.util.List;

/** A region with the regions directly below it, for the tree answer of the directory. */
public record RegionNode(String code, RegionLevel level, String nameZh, String nameEn, List<RegionNode> children) {
}

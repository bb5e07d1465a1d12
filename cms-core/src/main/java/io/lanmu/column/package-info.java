/**
 * The site's structure: the tree of columns (栏目) and which editors work in which columns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Columns",
        allowedDependencies = {"shared"})
package io.lanmu.column;

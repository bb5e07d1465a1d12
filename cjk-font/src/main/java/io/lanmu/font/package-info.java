/** The CJK font embedded in generated PDFs, loaded from the classpath rather than from the machine's fonts. */
package io.lanmu.font;

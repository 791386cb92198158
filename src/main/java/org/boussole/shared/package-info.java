/** Value types and settings used by every module. */
@NullMarked
package org.boussole.shared;

import org.jspecify.annotations.NullMarked;

/**
 * RFM segmentation (客户分类): runs over all members, both segment maps, movement between runs and target lists.
 */
@NullMarked
package com.csdesk.rfm;

import org.jspecify.annotations.NullMarked;

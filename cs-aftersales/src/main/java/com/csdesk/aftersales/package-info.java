/**
 * After-sales (售后): tickets decided by the shop's policy, their lifecycle, complaints, reviews, service levels and satisfaction.
 */
@NullMarked
package com.csdesk.aftersales;

import org.jspecify.annotations.NullMarked;

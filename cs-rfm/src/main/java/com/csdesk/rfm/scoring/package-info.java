/**
 * RFM scoring and segment maps (客户分类): the pure reference rules of DOMAIN section 6, with no
 * Spring and no database. The set-based run in PostgreSQL follows these definitions (each type
 * states its SQL equivalent), writes the segment lookup tables listed here before scoring, and is
 * cross-checked against {@link com.csdesk.rfm.scoring.RfmCalculator} in an integration test.
 */
@NullMarked
package com.csdesk.rfm.scoring;

import org.jspecify.annotations.NullMarked;

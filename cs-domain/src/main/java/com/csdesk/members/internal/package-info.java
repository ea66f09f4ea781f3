/** The member aggregate, its repository and queries. */
@NullMarked
package com.csdesk.members.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The web layer: the three REST surfaces ({@code /api/storefront/v1} by API key, {@code /api/desk/v1}
 * for agents, {@code /api/ops/v1} for admins), the desk pages, security and error answers.
 * Controllers are thin: they validate, call one facade, and map the answer.
 */
@NullMarked
package com.csdesk.web;

import org.jspecify.annotations.NullMarked;

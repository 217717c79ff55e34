/**
 * The faces of Concerto: the layout's backing beans (current user, language, page titles, formats),
 * the exception handler that turns refusals into messages and error pages, and one sub-package per
 * feature mirroring the pages' folders. Nothing here touches an EntityManager: every read and write
 * goes through the services of the ejb module.
 */
package org.concerto.web;

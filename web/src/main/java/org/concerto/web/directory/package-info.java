/**
 * The backing beans of directory/*.xhtml: the secretariat's lists, forms and spreadsheet import of
 * organisations and people. Thin: every rule and every check of access is in DirectoryService.
 */
package org.concerto.web.directory;

/**
 * The project's form fields: the {@code concerto} tag library ({@code WEB-INF/concerto.taglib.xml}) makes a
 * labelled, validated, translated field one line of a page, its required flag and maximum length read from the
 * Bean Validation constraints of the form object the field is bound to.
 */
package org.concerto.web.form;

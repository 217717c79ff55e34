/**
 * The demo: the founding case (the 2019 discontinuation of the MiniMed 2007D implantable insulin pump)
 * loaded into an empty embedded database, with invented people, associations and wording, every
 * meeting marked as illustrative. Never loaded into PostgreSQL unless CONCERTO_DEMO=true says so.
 */
package org.concerto.demo;

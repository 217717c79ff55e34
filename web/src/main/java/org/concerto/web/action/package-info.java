/** The pages of action items: the dashboards ("My actions", the secretariat's follow-up), one action's page, and the meeting page's actions. */
package org.concerto.web.action;

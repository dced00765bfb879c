/** HTTP resources of the recruitment capability: the pool, quick actions, cards, portfolio, overdue cards. */
package org.lmskit.app.recruitment;

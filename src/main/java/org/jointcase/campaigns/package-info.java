/**
 * Coordinated actions (专项整治): a coordinator launches a campaign over a region subtree and several departments,
 * each participating agency reports its figures per period with its supervisor's approval, and the coordinator
 * follows who reported and the totals, then closes it.
 */
package org.jointcase.campaigns;

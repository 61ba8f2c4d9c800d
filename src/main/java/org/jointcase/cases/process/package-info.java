/**
 * What only processes may call: access they grant and end, changes of owner, timeline entries on their behalf, the
 * files they keep for their own records and the case header without an access check. The calling process has
 * decided; pages and controllers never come here.
 */
@org.springframework.modulith.NamedInterface("process")
package org.jointcase.cases.process;

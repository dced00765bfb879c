/** REST resources of the certification capability. */
package org.lmskit.app.certification;

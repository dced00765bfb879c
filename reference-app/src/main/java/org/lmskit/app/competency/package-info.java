/** REST resources of competency levels, gaps, team views and interim reviews. */
package org.lmskit.app.competency;

/** A host that reaches into lmskit's plumbing: the module system must refuse to compile it. */
module org.lmskit.examples.sneaky {
    requires org.lmskit.core;
}

/** A host application on the module path: it reads lmskit's core by module name, and its storage. */
module org.lmskit.examples.modular {
    requires org.lmskit.core;
    requires org.lmskit.inmemory;
}

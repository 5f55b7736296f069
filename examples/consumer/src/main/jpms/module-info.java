/** The consumer as a named module: it reads policyset's modules by their names. */
module org.example.consumer {
  requires org.policyset.core;
  requires org.policyset.dataset;
  requires org.policyset.schema;
}

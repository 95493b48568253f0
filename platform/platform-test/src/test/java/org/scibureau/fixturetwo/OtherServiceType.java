package org.scibureau.fixturetwo;

/**
 * Stands for a type of another service in the architecture rule tests.
 */
public class OtherServiceType {

}

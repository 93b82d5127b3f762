-- One database per service, and Keycloak's.
CREATE DATABASE incident;
CREATE DATABASE assurance;
CREATE DATABASE summit;
CREATE DATABASE candour;
CREATE DATABASE notification;
CREATE DATABASE keycloak;

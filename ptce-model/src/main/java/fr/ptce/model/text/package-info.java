/** Texts of one language for the library's messages: properties files with placeholders and plural choices. */
package fr.ptce.model.text;

package org.multivector.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("A source document to add, with its full text.")
public class SourceInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("Title of the document.")
    public String title;

    @Size(max = 255)
    @Description("Who published it.")
    public String publisher;

    @Size(max = 255)
    @Description("Section or rubric it appeared in.")
    public String section;

    @NonNull
    @NotEmpty
    @Size(max = 1_000_000)
    @Description("The full original text, stored byte for byte; at most 1,000,000 characters.")
    public String text;
}

package kz.elicensing.domain.application;

/** A branch or object named in an application, kept with it so that the decision carries it into the license. */
public class ApplicationObject {
    private Long id;
    private LicenseApplication application;
    private String address;
    private String description;

    protected ApplicationObject() {}

    ApplicationObject(LicenseApplication application, ActivityObject object) {
        this.application = application;
        this.address = object.address();
        this.description = object.description();
    }

    public ActivityObject value() {
        return new ActivityObject(address, description);
    }
}

package kz.elicensing.domain.catalog;

/** A licensing authority (услугодатель): code, BIN and names in both languages. */
public class Provider {
    private String code;
    private String bin;
    private String nameRu;
    private String nameKz;

    protected Provider() {
    }

    public Provider(String code, String bin, String nameRu, String nameKz) {
        this.code = code;
        this.bin = bin;
        this.nameRu = nameRu;
        this.nameKz = nameKz;
    }

    public String code() { return code; }
    public String bin() { return bin; }
    public String nameRu() { return nameRu; }
    public String nameKz() { return nameKz; }
}

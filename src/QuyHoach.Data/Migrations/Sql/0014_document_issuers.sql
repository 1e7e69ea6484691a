-- 0014: how each organisation signs its documents (the issuing body of HD 36-HD/VPTW and NĐ 30/2020/NĐ-CP): the
-- managing body, the name, the number series' code, the place, the head's position, the collective that decides and
-- who proposes to it. One row per organisation and layout (Party, State).

CREATE TABLE document_issuers (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    layout character varying(20) NOT NULL,
    superior character varying(300) NOT NULL,
    name character varying(300) NOT NULL,
    short_name character varying(300) NOT NULL,
    code character varying(30) NOT NULL,
    place character varying(100) NOT NULL,
    head_position character varying(100) NOT NULL,
    collective character varying(100),
    proposer character varying(300) NOT NULL,
    office_name character varying(300),
    office_code character varying(30),
    office_head character varying(100),
    CONSTRAINT pk_document_issuers PRIMARY KEY (id),
    CONSTRAINT fk_document_issuers_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_document_issuers_organisation_id_layout ON document_issuers (organisation_id, layout);

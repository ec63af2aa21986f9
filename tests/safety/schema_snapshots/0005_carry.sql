BEGIN TRANSACTION;
CREATE TABLE access_scope (
	id VARCHAR(36) NOT NULL, 
	db_user VARCHAR(200) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_access_scope PRIMARY KEY (id), 
	CONSTRAINT ck_access_scope_role_known CHECK (role IN ('ambassador', 'team_lead', 'steering', 'admin')), 
	CONSTRAINT uq_access_scope_db_user_role_municipality_psychiatry_team_id UNIQUE (db_user, role, municipality, psychiatry, team_id)
);
CREATE TABLE action_item (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	elements JSON NOT NULL, 
	party VARCHAR(16) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	deadline DATE NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	follow_up TEXT NOT NULL, 
	origin_item_id VARCHAR(36), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_action_item PRIMARY KEY (id), 
	CONSTRAINT ck_action_item_party_known CHECK (party IN ('kommune', 'psykiatri', 'faelles')), 
	CONSTRAINT ck_action_item_status_known CHECK (status IN ('aaben', 'i_gang', 'afsluttet')), 
	CONSTRAINT fk_action_item_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "action_item" VALUES('479d9ce0-a1fa-5d5a-be0c-170f76a629a3','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('582e419c-8acc-5862-a317-d5972813982c','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',1,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('9820bd81-4ccf-51ef-b8b2-8f0146affd79','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',2,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('eff42fba-d022-5dc3-b0c9-ea6588135ad7','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('83914a17-0a1b-5658-9cb2-67bcbd2b4443','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',4,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('df2bf895-67da-5c9f-8260-ed9e5515413e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',5,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a1ed7b4f-053c-5e39-94b2-78c2d99efb40','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1766a087-8b20-5dde-b060-bbcf7770134a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('c314e48a-3d1b-5a4a-8b85-0c293621b7a6','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',8,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('41b1c015-9325-53bd-94f7-5b246ff4ad11','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('14ffea40-9bfa-534c-8053-915c8612de15','ec438b0c-0647-559f-9d36-ff39a127ba64',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','479d9ce0-a1fa-5d5a-be0c-170f76a629a3','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('f50c4311-57ff-5654-9d90-5d256d63efae','ec438b0c-0647-559f-9d36-ff39a127ba64',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9820bd81-4ccf-51ef-b8b2-8f0146affd79','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('55393048-4526-5677-a13f-871ce594085b','ec438b0c-0647-559f-9d36-ff39a127ba64',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','83914a17-0a1b-5658-9cb2-67bcbd2b4443','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('384dc840-ad8e-5e46-8b33-e37c906652cc','ec438b0c-0647-559f-9d36-ff39a127ba64',3,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a1ed7b4f-053c-5e39-94b2-78c2d99efb40','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b636a94f-4d4d-5eac-9c1d-a730bca7626a','ec438b0c-0647-559f-9d36-ff39a127ba64',4,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','','1766a087-8b20-5dde-b060-bbcf7770134a','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('821643b2-e677-552b-b1e3-3019f7213f23','ec438b0c-0647-559f-9d36-ff39a127ba64',5,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','41b1c015-9325-53bd-94f7-5b246ff4ad11','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('365271d2-064e-58a7-a6fd-29e805929fae','ec438b0c-0647-559f-9d36-ff39a127ba64',6,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b67e95c9-5397-5e9c-b37c-e0851f1751be','ec438b0c-0647-559f-9d36-ff39a127ba64',7,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('687ba266-f978-553d-8625-d6a8fa4dae6d','86b7280e-71db-5570-837e-0bc9345f51d1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','14ffea40-9bfa-534c-8053-915c8612de15','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('87cd7808-f680-5c8c-955f-54c87350cdaa','86b7280e-71db-5570-837e-0bc9345f51d1',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','f50c4311-57ff-5654-9d90-5d256d63efae','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('dd92873c-eaf4-5f18-990d-ad22dd399b5c','86b7280e-71db-5570-837e-0bc9345f51d1',2,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b636a94f-4d4d-5eac-9c1d-a730bca7626a','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('afcc6f7c-5706-5850-a109-46585695bace','86b7280e-71db-5570-837e-0bc9345f51d1',3,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','365271d2-064e-58a7-a6fd-29e805929fae','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d571119b-23c5-58fb-84bb-86102b9421a3','86b7280e-71db-5570-837e-0bc9345f51d1',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','','b67e95c9-5397-5e9c-b37c-e0851f1751be','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('1835a3da-958d-58b2-9782-0501a5800278','86b7280e-71db-5570-837e-0bc9345f51d1',5,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cd42896e-5835-537c-90f4-a3cbf529b876','86b7280e-71db-5570-837e-0bc9345f51d1',6,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('37d9a941-bbe4-5e42-8148-cc2bdc48fa5f','86b7280e-71db-5570-837e-0bc9345f51d1',7,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('e14f5de1-50f5-5268-98bc-403257600123','86b7280e-71db-5570-837e-0bc9345f51d1',8,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('f4eebfab-f98f-5e8c-9f20-9dbdc87009ce','255f784d-1663-5b64-94df-c63d8dbdda24',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','687ba266-f978-553d-8625-d6a8fa4dae6d','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('fec62ff7-3081-5e23-ba74-97360169d4a0','255f784d-1663-5b64-94df-c63d8dbdda24',1,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','d571119b-23c5-58fb-84bb-86102b9421a3','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('1158609c-8f16-58ef-9f2c-69ade282fbf4','255f784d-1663-5b64-94df-c63d8dbdda24',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.','cd42896e-5835-537c-90f4-a3cbf529b876','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('d07fea31-81f8-560b-9297-febed8c876bb','255f784d-1663-5b64-94df-c63d8dbdda24',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('064eeac5-aee8-5014-aaac-a01e3182ea32','255f784d-1663-5b64-94df-c63d8dbdda24',4,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac516a14-2cb8-52f2-ab4b-e760b0a171af','255f784d-1663-5b64-94df-c63d8dbdda24',5,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('eef49dd1-6b98-595b-aa87-da17d7e36dcb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',0,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('0c516aa6-fc3e-50d0-a04a-83724cb64768','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',1,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac4eecf3-7f14-594a-ad71-dd737bcb7fe8','3368faf5-1357-524b-97f1-d330d1a03474',0,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','0c516aa6-fc3e-50d0-a04a-83724cb64768','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('296fcd16-bd83-5e51-80f7-2277ffcff312','3368faf5-1357-524b-97f1-d330d1a03474',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eda863ab-d3d1-5992-ade0-0636c9b79054','3368faf5-1357-524b-97f1-d330d1a03474',2,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('9a331e10-34bc-5f9a-8e06-9253df4123ab','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','eda863ab-d3d1-5992-ade0-0636c9b79054','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d80eb61e-4abf-5e99-8078-04561149a830','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9a331e10-34bc-5f9a-8e06-9253df4123ab','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('046ce9f8-e835-5258-ac53-3cf5649335fb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',0,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1c009a7d-8fb8-50cc-8578-ddc077193c0a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d2a28680-a354-5322-9f33-3be7c43fea8c','c512d777-3ad5-5e4a-bad8-c143d2b2f694',0,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('84cfeb0e-f63b-5964-937a-9a5ab619f448','8574ce93-07e3-5120-9d19-0af086432af2',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('7656c693-e9b8-57fd-9f5b-11905bac5c24','8574ce93-07e3-5120-9d19-0af086432af2',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3da57970-f120-5286-b764-1350f417e10a','8574ce93-07e3-5120-9d19-0af086432af2',2,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1acbadf7-5368-5e06-8252-b8ba07a2f608','8574ce93-07e3-5120-9d19-0af086432af2',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a233ad73-033c-5f65-a875-b7bb2d33e5d6','8574ce93-07e3-5120-9d19-0af086432af2',4,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('bae3daf5-a255-5128-8e0b-aa804dbfe768','8574ce93-07e3-5120-9d19-0af086432af2',5,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d4763e89-8ad7-559a-bb46-89ce5f25b591','8574ce93-07e3-5120-9d19-0af086432af2',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d1341674-d352-59de-bf49-2dc7640929c0','8574ce93-07e3-5120-9d19-0af086432af2',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','8574ce93-07e3-5120-9d19-0af086432af2',8,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3cecf331-498f-5078-957b-92ba3c49f8d1','8574ce93-07e3-5120-9d19-0af086432af2',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('b515cdb8-e1ab-5417-98ef-a11c809abe6b','8574ce93-07e3-5120-9d19-0af086432af2',10,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1b7e6a89-89ff-558b-ba24-f33d7850fd15','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','84cfeb0e-f63b-5964-937a-9a5ab619f448','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('576d2099-00db-57a7-b2dc-291323c75e28','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','7656c693-e9b8-57fd-9f5b-11905bac5c24','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('ef67722f-308b-5f4b-a9b2-fcb4fdbc156b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',2,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a233ad73-033c-5f65-a875-b7bb2d33e5d6','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b64343d3-6a14-5ecc-8409-444a6cdf70c7','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',3,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','bae3daf5-a255-5128-8e0b-aa804dbfe768','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('45f236b2-5de0-56d2-acdb-0a6cd7b33988','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',4,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','d4763e89-8ad7-559a-bb46-89ce5f25b591','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('54c23ddc-9c7e-5afb-aa04-a5d337d44d1b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',5,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('e77d85ee-7fa0-5a0d-9ca8-a01e64cd0af9','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',6,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','3cecf331-498f-5078-957b-92ba3c49f8d1','2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eb3b4537-fea4-5e2c-b515-2b4788641e7f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',7,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('def2cf85-c5af-5587-978f-dbd69b67cfbd','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',8,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('737fbc13-ecd5-5454-a8b6-388f6f23fbca','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',9,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('4af1fbdf-389c-5aa4-9145-96cd0628c84f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',10,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c9ea211-e761-506a-ac27-ebac6f157ce8','c07c4843-6950-558b-9889-04ddf180d6f7',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','576d2099-00db-57a7-b2dc-291323c75e28','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('51e0c2d1-b48c-5dfa-9fb0-afb4cca9ba43','c07c4843-6950-558b-9889-04ddf180d6f7',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b64343d3-6a14-5ecc-8409-444a6cdf70c7','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('741872e5-f393-5cec-8fb4-5c936f0734e7','c07c4843-6950-558b-9889-04ddf180d6f7',2,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','eb3b4537-fea4-5e2c-b515-2b4788641e7f','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('50562cf4-e0f3-55dc-8a38-bde156b40794','c07c4843-6950-558b-9889-04ddf180d6f7',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','737fbc13-ecd5-5454-a8b6-388f6f23fbca','2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','c07c4843-6950-558b-9889-04ddf180d6f7',4,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('ea102d9f-892b-5208-b5e4-fbbe005d53e5','c07c4843-6950-558b-9889-04ddf180d6f7',5,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('c92ee303-ae3a-5019-9405-6d7f94bd48df','c07c4843-6950-558b-9889-04ddf180d6f7',6,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('2f0c7c0d-c590-5373-ac99-0544faddf4cd','c07c4843-6950-558b-9889-04ddf180d6f7',7,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('7cd48434-d3d1-5dd9-b4d1-a03f4d6527b1','c07c4843-6950-558b-9889-04ddf180d6f7',8,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('5645e9ac-36f6-50cc-a01e-0d80ab32d4b1','c07c4843-6950-558b-9889-04ddf180d6f7',9,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('fdf6f840-f7eb-5afd-8382-6bd6a23352fa','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',0,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','50562cf4-e0f3-55dc-8a38-bde156b40794','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c60b360-5223-5229-bdc5-cdce6fa986fd','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',1,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.','cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('90d01dd9-8795-5ecf-ac9c-161cd7aab856','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',2,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('4c8c7b41-0773-5591-b136-ce6301a0e888','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',3,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('47cc078f-185c-507f-a1e3-35330d115f36','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Birgitte Holm','2026-12-22','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
CREATE TABLE agreement (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	start_date DATE NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	clinics TEXT NOT NULL, 
	target_age VARCHAR(200) NOT NULL, 
	target_clinics TEXT NOT NULL, 
	target_motivation TEXT NOT NULL, 
	target_benefits TEXT NOT NULL, 
	target_other TEXT NOT NULL, 
	startup TEXT NOT NULL, 
	target_participants INTEGER, 
	target_referrals INTEGER, 
	target_in_job INTEGER, 
	follow_up_cadence TEXT NOT NULL, 
	referral TEXT NOT NULL, 
	presence_place TEXT NOT NULL, 
	presence_times TEXT NOT NULL, 
	presence_conferences TEXT NOT NULL, 
	leadership TEXT NOT NULL, 
	duration TEXT NOT NULL, 
	signatories JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_agreement PRIMARY KEY (id), 
	CONSTRAINT ck_agreement_targets_nonnegative CHECK ((target_participants IS NULL OR target_participants >= 0) AND (target_referrals IS NULL OR target_referrals >= 0) AND (target_in_job IS NULL OR target_in_job >= 0)), 
	CONSTRAINT fk_agreement_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE, 
	CONSTRAINT uq_agreement_team_id_start_date UNIQUE (team_id, start_date)
);
INSERT INTO "agreement" VALUES('ce1b037b-691f-5d94-8a64-09faf770f00f','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2025-03-01','Albertslund Kommune','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','18-64 år','F-ACT Nordstjernevej, OPUS H.J. Holstvej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nordstjernevej','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2025-02-15"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2025-02-15"}]','2026-12-04 11:14:05.699432','2025-02-15 09:00:00.000000');
INSERT INTO "agreement" VALUES('4de27b5e-2946-5c80-b8df-d646c1f8a9b7','ea685656-96f2-593e-bce9-0b0a6cbb5390','2024-09-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-08-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-08-18"}]','2026-12-04 11:14:05.699432','2024-08-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('e5e939b4-4484-5ab5-a21e-3fd1633c5b17','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-06-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',40,30,20,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 11:14:05.699432','2026-05-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('07825b07-51eb-5a04-8c77-bce9570fb6b9','c00e4c90-92bb-544e-958f-bbb480731b1f','2024-01-15','Hillerød Kommune','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','18-64 år','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-01-01"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-01-01"}]','2026-12-04 11:14:05.699432','2024-01-01 09:00:00.000000');
INSERT INTO "agreement" VALUES('9ac88850-c37b-5021-bca4-2efa8e8afe64','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-06-01','Tårnby Kommune','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','18-64 år','F-ACT og OPUS, Hans Bogbinders Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 11:14:05.699432','2026-05-18 09:00:00.000000');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005_carry');
CREATE TABLE assessment (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	instrument_id VARCHAR(32) NOT NULL, 
	instrument_version VARCHAR(32) NOT NULL, 
	reviewers JSON NOT NULL, 
	last_element VARCHAR(32), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, kind VARCHAR(16) DEFAULT 'independent' NOT NULL, state VARCHAR(16) DEFAULT 'draft' NOT NULL, caseload_unavailable TEXT, finished_at DATETIME, 
	CONSTRAINT pk_assessment PRIMARY KEY (id), 
	CONSTRAINT fk_assessment_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE
);
INSERT INTO "assessment" VALUES('c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('ec438b0c-0647-559f-9d36-ff39a127ba64','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-05-19','2026-Q2','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('86b7280e-71db-5570-837e-0bc9345f51d1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-08-25','2026-Q3','dk-minimum','1','["Mette S\u00f8rensen", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('255f784d-1663-5b64-94df-c63d8dbdda24','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000','independent','finished',NULL,'2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('7a0e7fc9-d893-5ef3-b898-1c6faaf21862','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-02-17','2026-Q1','dk-minimum','1','["Mette S\u00f8rensen", "Jens \u00d8stergaard"]',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('3368faf5-1357-524b-97f1-d330d1a03474','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000','self','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('10b3c1bd-0c8a-5990-b513-ab96fdfb9672','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000','independent','consensus',NULL,NULL);
INSERT INTO "assessment" VALUES('fbdc0e19-b5ee-513a-bd18-cbfc754874f9','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-02-17','2026-Q1','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('109637b3-3f9f-5c7a-92bb-8644adddd03f','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-05-19','2026-Q2','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Jens \u00d8stergaard"]',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c512d777-3ad5-5e4a-bad8-c143d2b2f694','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('3887911c-b9ba-567d-9584-390eb7984d00','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Aase B\u00f8gh"]',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000','independent','finished',NULL,'2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('8574ce93-07e3-5120-9d19-0af086432af2','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('0d6b679d-a1c6-5765-8748-3ae8c39c6b60','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c07c4843-6950-558b-9889-04ddf180d6f7','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-08-25','2026-Q3','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('8b427fe3-aedf-5c1c-add6-e14b7fa1471e','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','2026-01-05','2026-Q1','dk-minimum','2','["\u00c5se", "\u674e"]',NULL,'2026-12-04 11:14:05.740543','2026-12-04 11:14:05.752951','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('c77f336f-63ec-4537-aa07-ccf289033be1','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','2026-04-05','2026-Q2','dk-minimum','2','["\u00c5se"]',NULL,'2026-12-04 11:14:05.761637','2026-12-04 11:14:05.775826','independent','draft',NULL,NULL);
CREATE TABLE "caseload_entry" (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	consultant_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	fte FLOAT NOT NULL, 
	ips_cases INTEGER NOT NULL, 
	other_cases INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	carried INTEGER DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_caseload_entry PRIMARY KEY (id), 
	CONSTRAINT ck_caseload_entry_cases_nonnegative CHECK (ips_cases >= 0 AND other_cases >= 0), 
	CONSTRAINT fk_caseload_entry_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_caseload_entry_consultant_id_consultant FOREIGN KEY(consultant_id) REFERENCES consultant (id) ON DELETE CASCADE, 
	CONSTRAINT ck_caseload_entry_fte_range CHECK (fte > 0 AND fte <= 1)
);
INSERT INTO "caseload_entry" VALUES('054ff832-ed81-425c-b715-1ddac8d4d165','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','ebe8b30e-81a3-4c43-bb64-d01312f27e1a',0,0.8,18,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('6608a640-4a62-41c1-9915-a5964c6a9e30','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','1b3b7cd3-fcdf-4e74-b268-f1901f49cca6',1,0.5,8,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('20fe993a-ee6d-4a1e-8760-2db1a52dfa19','ec438b0c-0647-559f-9d36-ff39a127ba64','ebe8b30e-81a3-4c43-bb64-d01312f27e1a',0,1.0,16,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('4880e9f9-cd0b-4b8e-8e3b-1986dbf73993','ec438b0c-0647-559f-9d36-ff39a127ba64','1b3b7cd3-fcdf-4e74-b268-f1901f49cca6',1,1.0,16,4,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('a1659a09-7fc3-4430-bf18-c191a680364a','86b7280e-71db-5570-837e-0bc9345f51d1','ebe8b30e-81a3-4c43-bb64-d01312f27e1a',0,0.8,9,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('905f3588-ddd6-403e-95a0-14bca9c7dfed','86b7280e-71db-5570-837e-0bc9345f51d1','1b3b7cd3-fcdf-4e74-b268-f1901f49cca6',1,0.8,7,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('c4467619-30a8-4f7d-9082-e8a7e2238017','255f784d-1663-5b64-94df-c63d8dbdda24','ebe8b30e-81a3-4c43-bb64-d01312f27e1a',0,1.0,14,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('9c057ae1-616a-422e-b4b8-5413889bfbce','255f784d-1663-5b64-94df-c63d8dbdda24','1b3b7cd3-fcdf-4e74-b268-f1901f49cca6',1,0.5,8,0,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('1a6fb6e7-2e71-4a8b-b202-cac79d2e646b','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','a6e5a356-1461-40ce-a813-eea12191b148',0,1.0,12,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('d323efe7-ade7-4cbe-a1b3-87621a37d1c0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','3f208ec2-ba0c-4362-9bf3-a92f1e062250',1,0.5,7,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('3f82b795-70bc-4415-b212-6b111f10652e','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','e64c5bea-77a1-43c2-ab3e-2cfd4606327d',2,1.0,10,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('3bd12b8f-cd28-4a61-a517-45dea76c1031','3368faf5-1357-524b-97f1-d330d1a03474','a6e5a356-1461-40ce-a813-eea12191b148',0,1.0,9,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('6d9b2469-11bd-42d3-a2cc-96ca28316f22','3368faf5-1357-524b-97f1-d330d1a03474','3f208ec2-ba0c-4362-9bf3-a92f1e062250',1,1.0,9,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('e5d75743-b51c-40d3-85df-c3649d915db4','3368faf5-1357-524b-97f1-d330d1a03474','e64c5bea-77a1-43c2-ab3e-2cfd4606327d',2,0.8,12,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('894522c4-6b59-4acf-a31e-490f2b3ef8d5','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','a6e5a356-1461-40ce-a813-eea12191b148',0,1.0,14,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('1038fc96-4d44-4386-a54c-f68c26e26a09','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','3f208ec2-ba0c-4362-9bf3-a92f1e062250',1,0.5,5,4,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('b2fdd211-ee94-43c8-ac56-2be11e90d453','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','e64c5bea-77a1-43c2-ab3e-2cfd4606327d',2,1.0,18,10,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('a2ed1f2f-593d-460f-b132-fc3d76726d08','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','a6e5a356-1461-40ce-a813-eea12191b148',0,1.0,11,0,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('3ce94a9c-4f70-4190-bbce-aac54ca83d34','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','3f208ec2-ba0c-4362-9bf3-a92f1e062250',1,1.0,13,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('73ce531c-46a5-4d11-8385-b2147cfd1161','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','e64c5bea-77a1-43c2-ab3e-2cfd4606327d',2,1.0,12,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('b17767db-1922-4d49-abc1-9ac0298c676e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','3692d0e3-1364-4198-aeaf-95e70b64275b',0,0.8,9,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('d90ce6f8-6403-41ab-83e1-af2e9efbc904','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','46e147b4-6c46-42a5-89d1-ccc8900dd584',1,1.0,13,0,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('48f2b86c-5e53-42f6-a247-ed0beb4ae078','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','001852ae-0153-430d-a0b7-3bdee60bafed',2,0.8,6,4,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('624ebaf7-dc94-4ac6-809d-9b805a3e6c68','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','a75f1fc7-5066-4d54-91c5-a458832d4b8c',3,1.0,18,10,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('571dd0cf-a937-4dd2-b619-bfc34c1900fa','109637b3-3f9f-5c7a-92bb-8644adddd03f','3692d0e3-1364-4198-aeaf-95e70b64275b',0,1.0,15,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('9ea6ee4b-215d-46e2-9442-c997dfa1a3c8','109637b3-3f9f-5c7a-92bb-8644adddd03f','46e147b4-6c46-42a5-89d1-ccc8900dd584',1,1.0,15,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('f130e91c-0eb1-4ed1-aa70-9dd2da82a6e7','109637b3-3f9f-5c7a-92bb-8644adddd03f','001852ae-0153-430d-a0b7-3bdee60bafed',2,1.0,8,4,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('5af904ca-8823-4ff8-bc10-e73cc846b77b','109637b3-3f9f-5c7a-92bb-8644adddd03f','a75f1fc7-5066-4d54-91c5-a458832d4b8c',3,0.8,7,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('c27995c5-a8a5-4c3a-a3dc-0e773b1b159d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','3692d0e3-1364-4198-aeaf-95e70b64275b',0,0.5,4,4,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('ed79ef0e-364b-4b6a-b5b1-4a594f479b35','c512d777-3ad5-5e4a-bad8-c143d2b2f694','46e147b4-6c46-42a5-89d1-ccc8900dd584',1,1.0,17,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('9fdb9fab-83f3-4e77-8de6-e9c77da0d1d2','c512d777-3ad5-5e4a-bad8-c143d2b2f694','001852ae-0153-430d-a0b7-3bdee60bafed',2,0.8,11,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('39e15c88-9840-44d3-8c1b-1e7c328ff065','c512d777-3ad5-5e4a-bad8-c143d2b2f694','a75f1fc7-5066-4d54-91c5-a458832d4b8c',3,0.5,8,10,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('f731ff97-c4a5-418b-8907-776dc14a3589','3887911c-b9ba-567d-9584-390eb7984d00','3692d0e3-1364-4198-aeaf-95e70b64275b',0,1.0,11,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('f949a395-f1bc-45ca-b25f-6493fd2cdc23','3887911c-b9ba-567d-9584-390eb7984d00','46e147b4-6c46-42a5-89d1-ccc8900dd584',1,0.5,6,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('ad9f172a-d903-4eb4-b82b-63a656559e25','3887911c-b9ba-567d-9584-390eb7984d00','001852ae-0153-430d-a0b7-3bdee60bafed',2,0.8,9,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('14815132-32d0-4c26-a557-cbfe2a4236f1','3887911c-b9ba-567d-9584-390eb7984d00','a75f1fc7-5066-4d54-91c5-a458832d4b8c',3,1.0,17,4,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('1652ee52-b2c5-4f59-9eee-3ad554ad9b7a','8574ce93-07e3-5120-9d19-0af086432af2','51a2cdc2-aa54-4cca-8e4a-cebe73563758',0,1.0,20,10,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('25c5838a-e0bf-4e92-b2e5-65aec22d2c9f','8574ce93-07e3-5120-9d19-0af086432af2','2caef3d5-8c22-4747-9f8d-920c5ab2df3b',1,0.5,12,10,'2026-02-17 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('65452bf6-0841-403b-b817-46eb65323d3c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','51a2cdc2-aa54-4cca-8e4a-cebe73563758',0,0.5,7,10,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('6b060b21-0d38-418a-8c24-a28e30a8e065','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','2caef3d5-8c22-4747-9f8d-920c5ab2df3b',1,0.5,11,0,'2026-05-19 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('f0eb509f-65b2-405d-98da-44783bf1acb9','c07c4843-6950-558b-9889-04ddf180d6f7','51a2cdc2-aa54-4cca-8e4a-cebe73563758',0,1.0,22,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('e83adbd6-6d3d-49dd-ba03-d3a829c51164','c07c4843-6950-558b-9889-04ddf180d6f7','2caef3d5-8c22-4747-9f8d-920c5ab2df3b',1,1.0,20,0,'2026-08-25 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('0e02533f-888c-47a5-8b9a-f86a0b5d080b','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','51a2cdc2-aa54-4cca-8e4a-cebe73563758',0,1.0,15,10,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('f6deeabb-c258-4b29-9609-fd56ea9901db','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','2caef3d5-8c22-4747-9f8d-920c5ab2df3b',1,1.0,16,0,'2026-11-10 15:00:00.000000',0);
INSERT INTO "caseload_entry" VALUES('ed9365c7-8f20-480d-90dd-4c3b5349222e','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','945afe15-d347-441b-ae34-447995f9dfa7',0,0.5,9,1,'2026-12-04 11:14:05.752951',0);
INSERT INTO "caseload_entry" VALUES('4facbede-6b16-45a1-b6c9-4bc6b0776a7d','c77f336f-63ec-4537-aa07-ccf289033be1','945afe15-d347-441b-ae34-447995f9dfa7',0,0.5,9,1,'2026-12-04 11:14:05.775826',1);
CREATE TABLE consultant (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_consultant PRIMARY KEY (id), 
	CONSTRAINT fk_consultant_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE, 
	CONSTRAINT uq_consultant_team_id_name UNIQUE (team_id, name)
);
INSERT INTO "consultant" VALUES('ebe8b30e-81a3-4c43-bb64-d01312f27e1a','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Birgitte Holm','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('1b3b7cd3-fcdf-4e74-b268-f1901f49cca6','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Kasper Løvgren','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('51a2cdc2-aa54-4cca-8e4a-cebe73563758','9c58ee23-7594-5ac4-9b99-e3256c80906e','Birgitte Holm','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('2caef3d5-8c22-4747-9f8d-920c5ab2df3b','9c58ee23-7594-5ac4-9b99-e3256c80906e','Kasper Løvgren','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('3692d0e3-1364-4198-aeaf-95e70b64275b','c00e4c90-92bb-544e-958f-bbb480731b1f','Birgitte Holm','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('46e147b4-6c46-42a5-89d1-ccc8900dd584','c00e4c90-92bb-544e-958f-bbb480731b1f','Kasper Løvgren','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('001852ae-0153-430d-a0b7-3bdee60bafed','c00e4c90-92bb-544e-958f-bbb480731b1f','Nanna Friis','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('a75f1fc7-5066-4d54-91c5-a458832d4b8c','c00e4c90-92bb-544e-958f-bbb480731b1f','Ørjan Dahl','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('a6e5a356-1461-40ce-a813-eea12191b148','ea685656-96f2-593e-bce9-0b0a6cbb5390','Birgitte Holm','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('3f208ec2-ba0c-4362-9bf3-a92f1e062250','ea685656-96f2-593e-bce9-0b0a6cbb5390','Kasper Løvgren','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('e64c5bea-77a1-43c2-ab3e-2cfd4606327d','ea685656-96f2-593e-bce9-0b0a6cbb5390','Nanna Friis','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "consultant" VALUES('945afe15-d347-441b-ae34-447995f9dfa7','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','Bo Ærø','2026-12-04 11:14:05.754398','2026-12-04 11:14:05.754400');
CREATE TABLE history (
	id VARCHAR(36) NOT NULL, 
	at DATETIME NOT NULL, 
	team_id VARCHAR(36), 
	assessment_id VARCHAR(36), 
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	reviewer VARCHAR(200) NOT NULL, 
	os_user VARCHAR(200) NOT NULL, 
	db_user VARCHAR(200), 
	CONSTRAINT pk_history PRIMARY KEY (id)
);
INSERT INTO "history" VALUES('c2e74f41-3e9d-428b-8f15-35948257d354','2026-12-04 11:14:05.699432','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','assessment','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('0b0a7a04-626b-4298-b67c-63a52bfecf67','2026-12-04 11:14:05.699432','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','ec438b0c-0647-559f-9d36-ff39a127ba64','assessment','ec438b0c-0647-559f-9d36-ff39a127ba64','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('f98bc425-f5e9-44da-a934-c4fb1750dbb0','2026-12-04 11:14:05.699432','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','86b7280e-71db-5570-837e-0bc9345f51d1','assessment','86b7280e-71db-5570-837e-0bc9345f51d1','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('a0d75479-e1c4-4041-af78-e178a1e7fbce','2026-12-04 11:14:05.699432','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','255f784d-1663-5b64-94df-c63d8dbdda24','assessment','255f784d-1663-5b64-94df-c63d8dbdda24','','','imported',NULL,'{"state": "finished", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('70ed781c-f046-4941-ae46-be5c1f629dbc','2026-12-04 11:14:05.699432','ea685656-96f2-593e-bce9-0b0a6cbb5390','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','assessment','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('387243c8-e5ee-4369-8dcd-f3f809c7303d','2026-12-04 11:14:05.699432','ea685656-96f2-593e-bce9-0b0a6cbb5390','3368faf5-1357-524b-97f1-d330d1a03474','assessment','3368faf5-1357-524b-97f1-d330d1a03474','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('4a121b21-1829-40d5-9c95-323726d999ed','2026-12-04 11:14:05.699432','ea685656-96f2-593e-bce9-0b0a6cbb5390','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','assessment','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('626f222a-0db3-415c-bee2-878ef0caae1b','2026-12-04 11:14:05.699432','ea685656-96f2-593e-bce9-0b0a6cbb5390','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','assessment','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','','','imported',NULL,'{"state": "consensus", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('9df71fb6-0cb1-4f6c-8857-b08c5393d45b','2026-12-04 11:14:05.699432','c00e4c90-92bb-544e-958f-bbb480731b1f','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','assessment','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('cbe3b39a-a9aa-41d7-8108-806035ebd899','2026-12-04 11:14:05.699432','c00e4c90-92bb-544e-958f-bbb480731b1f','109637b3-3f9f-5c7a-92bb-8644adddd03f','assessment','109637b3-3f9f-5c7a-92bb-8644adddd03f','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('997dea1a-6044-42b2-822f-f4ccd09d6365','2026-12-04 11:14:05.699432','c00e4c90-92bb-544e-958f-bbb480731b1f','c512d777-3ad5-5e4a-bad8-c143d2b2f694','assessment','c512d777-3ad5-5e4a-bad8-c143d2b2f694','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('77a8f6ab-001a-4a8c-8f7c-dc7639133698','2026-12-04 11:14:05.699432','c00e4c90-92bb-544e-958f-bbb480731b1f','3887911c-b9ba-567d-9584-390eb7984d00','assessment','3887911c-b9ba-567d-9584-390eb7984d00','','','imported',NULL,'{"state": "finished", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('79cb330e-1afb-47a4-ac75-e76a56cfe51a','2026-12-04 11:14:05.699432','9c58ee23-7594-5ac4-9b99-e3256c80906e','8574ce93-07e3-5120-9d19-0af086432af2','assessment','8574ce93-07e3-5120-9d19-0af086432af2','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('29563fc2-fb06-4255-a606-30d35d064804','2026-12-04 11:14:05.699432','9c58ee23-7594-5ac4-9b99-e3256c80906e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','assessment','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('fcdea2d2-ea1b-46e6-9f89-954d09cbae10','2026-12-04 11:14:05.699432','9c58ee23-7594-5ac4-9b99-e3256c80906e','c07c4843-6950-558b-9889-04ddf180d6f7','assessment','c07c4843-6950-558b-9889-04ddf180d6f7','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('502d5df3-e633-44f1-8017-30201c84268a','2026-12-04 11:14:05.699432','9c58ee23-7594-5ac4-9b99-e3256c80906e','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','assessment','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','','','imported',NULL,'{"state": "draft", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('55a9bfd0-cff7-4e7b-aae7-0fa95e3a6b3b','2026-12-04 11:14:05.725436','f3fbdb1c-5176-4e6a-887d-f8962ce83aef',NULL,'team','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','','','name',NULL,'"IPS \"Ø\" ''test''"','','root',NULL);
INSERT INTO "history" VALUES('be75a85d-ce72-42ce-b07f-e21752bc6555','2026-12-04 11:14:05.725436','f3fbdb1c-5176-4e6a-887d-f8962ce83aef',NULL,'team','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','','','municipality',NULL,'"Aabenraa"','','root',NULL);
INSERT INTO "history" VALUES('871e1c4a-2213-4a40-bcb0-6d0ccc1405b8','2026-12-04 11:14:05.725436','f3fbdb1c-5176-4e6a-887d-f8962ce83aef',NULL,'team','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','','','psychiatry',NULL,'"Psykiatrien Syd"','','root',NULL);
INSERT INTO "history" VALUES('6f6aa182-9160-40e6-817a-d65ea579a73b','2026-12-04 11:14:05.725436','f3fbdb1c-5176-4e6a-887d-f8962ce83aef',NULL,'team','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','','','clinics',NULL,'"a\nb"','','root',NULL);
INSERT INTO "history" VALUES('b10ccc4b-5aab-4f3b-a09b-bf6506154fbe','2026-12-04 11:14:05.737019','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','assessment','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','date',NULL,'"2026-01-05"','','root',NULL);
INSERT INTO "history" VALUES('78b992f1-f5ff-48be-bfb4-1a5f4b7eda9c','2026-12-04 11:14:05.737019','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','assessment','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','period',NULL,'"2026-Q1"','','root',NULL);
INSERT INTO "history" VALUES('be066cd3-c566-40f0-ba61-cf836f39fbce','2026-12-04 11:14:05.737019','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','assessment','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','reviewers',NULL,'["Åse", "李"]','','root',NULL);
INSERT INTO "history" VALUES('342e5580-330b-45e4-bb4c-47cec9e19f33','2026-12-04 11:14:05.737019','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','assessment','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','kind',NULL,'"independent"','','root',NULL);
INSERT INTO "history" VALUES('0ebbda3c-3102-4b26-b128-54529abe31a6','2026-12-04 11:14:05.737019','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','assessment','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','state',NULL,'"draft"','','root',NULL);
INSERT INTO "history" VALUES('9500bd9b-519e-4932-ba2c-197298781187','2026-12-04 11:14:05.745907','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','rating','','P1.1','','rating',NULL,'"met"','','root',NULL);
INSERT INTO "history" VALUES('45832e77-386f-495a-a99b-a9f791e169ba','2026-12-04 11:14:05.745907','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','rating','','P1.1','','note',NULL,'"linje 1\nlinje 2 \"citat\""','','root',NULL);
INSERT INTO "history" VALUES('6be7801e-dcf5-4294-9452-4ec1f2b996c3','2026-12-04 11:14:05.757646','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','caseload','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','','','entries','[]','[{"consultant": "Bo Ærø", "fte": 0.5, "ips_cases": 9, "other_cases": 1}]','','root',NULL);
INSERT INTO "history" VALUES('df357002-3f5b-4fe2-ae68-81588c00aa18','2026-12-04 11:14:05.760986','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','assessment','c77f336f-63ec-4537-aa07-ccf289033be1','','','date',NULL,'"2026-04-05"','','root',NULL);
INSERT INTO "history" VALUES('65262be3-f93c-4ceb-9d87-163c22afe221','2026-12-04 11:14:05.760986','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','assessment','c77f336f-63ec-4537-aa07-ccf289033be1','','','period',NULL,'"2026-Q2"','','root',NULL);
INSERT INTO "history" VALUES('dba9e650-b4e1-45c3-97cb-0ce47c75d319','2026-12-04 11:14:05.760986','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','assessment','c77f336f-63ec-4537-aa07-ccf289033be1','','','reviewers',NULL,'["Åse"]','','root',NULL);
INSERT INTO "history" VALUES('021d943f-9f52-45c0-b423-75b1a3681728','2026-12-04 11:14:05.760986','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','assessment','c77f336f-63ec-4537-aa07-ccf289033be1','','','kind',NULL,'"independent"','','root',NULL);
INSERT INTO "history" VALUES('f810a5d0-7d1f-4f96-bcd1-ddcad2b6ed73','2026-12-04 11:14:05.760986','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','assessment','c77f336f-63ec-4537-aa07-ccf289033be1','','','state',NULL,'"draft"','','root',NULL);
INSERT INTO "history" VALUES('2ef6fa7f-925b-42e1-8c59-df8851466a7b','2026-12-04 11:14:05.777503','f3fbdb1c-5176-4e6a-887d-f8962ce83aef','c77f336f-63ec-4537-aa07-ccf289033be1','caseload','c77f336f-63ec-4537-aa07-ccf289033be1','','','entries','[]','[{"consultant": "Bo Ærø", "fte": 0.5, "ips_cases": 9, "other_cases": 1}]','','root',NULL);
CREATE TABLE outcome (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	participants INTEGER NOT NULL, 
	in_job_or_education INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_outcome PRIMARY KEY (id), 
	CONSTRAINT ck_outcome_counts_valid CHECK (participants >= 0 AND in_job_or_education >= 0 AND in_job_or_education <= participants), 
	CONSTRAINT fk_outcome_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_outcome_assessment_id UNIQUE (assessment_id)
);
INSERT INTO "outcome" VALUES('c4787c83-7dc5-4f18-9abf-4498780f7717','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',26,11,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('e94110af-583f-4763-99a6-c56c4907f774','ec438b0c-0647-559f-9d36-ff39a127ba64',32,14,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('404d7f26-ec90-4514-97f4-49bec79a1e69','86b7280e-71db-5570-837e-0bc9345f51d1',16,7,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('d18c1716-33e5-405f-afe4-e39a43f8e4a9','255f784d-1663-5b64-94df-c63d8dbdda24',22,10,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('0494e4bb-0441-47a0-80d2-3a26af0b0344','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',29,13,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('4699378d-7eb0-4239-aa83-c96b3965703e','3368faf5-1357-524b-97f1-d330d1a03474',30,15,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('135af554-37cf-400c-baff-64f693c6678f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',37,21,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('01a5c112-42a5-4481-ade2-fa6c73e73d47','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',36,20,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('0659a7aa-fe7a-408f-b89a-f6bd85f3e58f','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',46,22,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('644be07b-488d-4135-b936-f5bc7868d5f1','109637b3-3f9f-5c7a-92bb-8644adddd03f',45,26,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('8b0053e4-4065-4e47-9237-42557c3689e1','c512d777-3ad5-5e4a-bad8-c143d2b2f694',40,23,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('3d636af3-cbba-4aae-87bb-d30968797e4c','3887911c-b9ba-567d-9584-390eb7984d00',43,23,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('7db7401f-0ee7-44d6-b9df-9145b34959a6','8574ce93-07e3-5120-9d19-0af086432af2',32,12,'2026-12-04 11:14:05.699432','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('5b7ec6ab-8b79-4230-8ef5-c1a4c873de69','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',18,8,'2026-12-04 11:14:05.699432','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('b39ffd45-2e48-44d9-8386-11902793e095','c07c4843-6950-558b-9889-04ddf180d6f7',42,15,'2026-12-04 11:14:05.699432','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('dbbff7e4-2df1-47d9-b4b8-aec2e8375bb2','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',31,13,'2026-12-04 11:14:05.699432','2026-11-10 15:00:00.000000');
CREATE TABLE rating (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	principle_id VARCHAR(32) NOT NULL, 
	rating VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	evidence JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_rating PRIMARY KEY (id), 
	CONSTRAINT fk_rating_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_rating_assessment_id_element_id UNIQUE (assessment_id, element_id)
);
INSERT INTO "rating" VALUES('0cfc708b-2696-4278-b073-f5ec360c508a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a7c7a6fa-83e9-43c9-bc58-3051ad518a98','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('32a67602-7fb4-4f1b-aaa5-d37c38fc065e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.1','P2','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5f478aed-d659-49c4-9f11-0680f5554f60','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('89123feb-d546-4a81-932c-bc31c5775ea1','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('57b04b79-4a0a-407d-89ed-d7b0ccc32099','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d4f10351-b506-4be6-9173-55c112f5702d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2944c133-9c68-459f-80ac-7a79c9ceeb83','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e4dd3b7c-1446-425e-bd8c-f75e3346c312','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2c5b3133-1f3a-405f-84a0-51e35b4edb60','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5bce276b-9712-42c3-8da6-61fe9531bc32','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('53bb1407-e445-4790-b9ea-910b80d722eb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('af62eedd-418d-4416-bbc9-5a341449436d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.1','P8','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d61f27ed-19d6-417c-bf1c-325a938e7e1d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('394b1eb3-b652-411b-9099-dcf90f0458b5','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e3f93e9d-2ecb-495e-90d1-80b874af929a','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e61f8d3d-3c41-41c3-93c9-f0c529132919','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.1','P2','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('943ea5c7-71cb-40a6-9c1b-636710c8ad26','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.2','P2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1cdd2ea5-00be-4531-950e-38ed32c0796f','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('96b1ed56-9419-4dd6-bd67-47401847830e','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.2','P3','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('795421dd-1f6c-40c7-8545-2cdded268ca9','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.3','P3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9c66914c-1001-46a0-ae46-4a474c08b63a','ec438b0c-0647-559f-9d36-ff39a127ba64','P4.1','P4','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b3dc878f-c67f-44f5-a464-f1beb68e1178','ec438b0c-0647-559f-9d36-ff39a127ba64','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('2fd0820d-b65b-4fb3-806e-531adbc81086','ec438b0c-0647-559f-9d36-ff39a127ba64','P6.1','P6','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8afccff7-e758-4def-9ddf-da625b5ff19a','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c0e8fd98-13f9-4af6-b250-b14956f5037b','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('405eb355-b302-4810-880b-aaf3130a9354','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d565fa5c-cb8a-4a21-a924-71a14ac93021','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.2','P8','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c88b6efb-add2-4c66-94d7-cdda67301f9a','86b7280e-71db-5570-837e-0bc9345f51d1','P1.1','P1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('731fdffb-f66b-402e-80b5-dd9948c60494','86b7280e-71db-5570-837e-0bc9345f51d1','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b588a9f5-a1b0-4fbf-9c92-e8a328dc1762','86b7280e-71db-5570-837e-0bc9345f51d1','P2.1','P2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1ca56aeb-8113-425c-abc4-02d385936f93','86b7280e-71db-5570-837e-0bc9345f51d1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f591168f-a7f9-4855-bf4e-5c00711ec132','86b7280e-71db-5570-837e-0bc9345f51d1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b5da90e9-0354-47fb-b487-56f06b48fe85','86b7280e-71db-5570-837e-0bc9345f51d1','P3.2','P3','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('27732ede-2c76-47c2-9aaf-b5fc3e684c59','86b7280e-71db-5570-837e-0bc9345f51d1','P3.3','P3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0a13a5db-fbe2-49ba-97c1-851e6b01884c','86b7280e-71db-5570-837e-0bc9345f51d1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ff0a99f1-0e88-47e7-b520-979f5cd49f29','86b7280e-71db-5570-837e-0bc9345f51d1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4bfb1619-66fa-4af2-a8ac-6e426401350a','86b7280e-71db-5570-837e-0bc9345f51d1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('21a75b06-f7c6-4549-99ca-18bf08b7d0cc','86b7280e-71db-5570-837e-0bc9345f51d1','P7.1','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('222b2ea2-e9ac-4a62-b30e-e9c359119875','86b7280e-71db-5570-837e-0bc9345f51d1','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('60a40baa-108a-427d-b44d-207ca70701c0','86b7280e-71db-5570-837e-0bc9345f51d1','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a16eaf6b-26d2-4530-a687-c711a8156915','86b7280e-71db-5570-837e-0bc9345f51d1','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('69ba64e2-1844-4ede-b8d9-16873d461f72','255f784d-1663-5b64-94df-c63d8dbdda24','P1.1','P1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f22e839f-58da-4f3c-9d4d-97259c02babe','255f784d-1663-5b64-94df-c63d8dbdda24','P1.2','P1','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('632920f1-2f72-4bc2-a14b-0c572025e8a1','255f784d-1663-5b64-94df-c63d8dbdda24','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('012b4aa0-e280-46d1-9884-6f7b345168f0','255f784d-1663-5b64-94df-c63d8dbdda24','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('cefa365c-9406-4ac2-b0d0-52fc4e9ae874','255f784d-1663-5b64-94df-c63d8dbdda24','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d9e29333-fedc-49a7-ae30-ccbd99923ec0','255f784d-1663-5b64-94df-c63d8dbdda24','P3.2','P3','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1684d81e-9bc4-4ab8-8733-83a1554f7fe3','255f784d-1663-5b64-94df-c63d8dbdda24','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f961f17c-8771-49ba-a9fc-9b5101dd71a8','255f784d-1663-5b64-94df-c63d8dbdda24','P4.1','P4','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dedbea2c-b1b1-429f-a0d6-e19070ce4330','255f784d-1663-5b64-94df-c63d8dbdda24','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dca8b45c-35df-48b2-825d-b6bad63f13cb','255f784d-1663-5b64-94df-c63d8dbdda24','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a342b1de-877a-4592-967d-eba1b809ce45','255f784d-1663-5b64-94df-c63d8dbdda24','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('862b3a25-4ef9-4ef6-a3a2-67a00b2b5006','255f784d-1663-5b64-94df-c63d8dbdda24','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f6fbea85-377b-49a8-984e-2378c70e55c2','255f784d-1663-5b64-94df-c63d8dbdda24','P8.1','P8','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('b358e7a4-e359-4959-8348-45b579c9d1d4','255f784d-1663-5b64-94df-c63d8dbdda24','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('060e9e88-07ca-4189-93f0-c648fce73deb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.1','P1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('cbf4296d-a3bc-46d2-8ae8-b3512d27d6bd','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ac510490-3396-4868-845b-e3ba0f56d1fa','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.1','P2','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('994cb448-f9da-4a23-92bd-f2e9ffcb31e3','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2e5467e1-9af5-4eb4-ba80-aa21af00cea5','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.1','P3','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a31ca3dd-cd7c-443c-96a8-5f1691293eb1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.2','P3','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c901ceaf-5a58-45f7-9d31-924a211533a2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.3','P3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d6d5eb9a-0077-4144-9f84-c345747406e0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P4.1','P4','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('561851de-8a7f-4bbd-bcbb-49015739cf99','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('18c24329-4042-49a9-8d0f-817186d8be8d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P6.1','P6','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e71a58b3-c516-494f-8f31-a089d75f1418','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.1','P7','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6675a171-d9c2-4f95-9ee2-0a686a31f1ed','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('508e79ce-4027-4791-9753-3a2cd6d7869f','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.1','P8','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('f7004a27-d4b7-4460-ae02-11df243d7095','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.2','P8','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e57ca4a3-5179-48a5-8b5f-d77220a7122d','3368faf5-1357-524b-97f1-d330d1a03474','P1.1','P1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ee07cc26-50c8-4d57-b709-7274aa96847c','3368faf5-1357-524b-97f1-d330d1a03474','P1.2','P1','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('32403bdc-188e-4484-b104-5212378d0e80','3368faf5-1357-524b-97f1-d330d1a03474','P2.1','P2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ae74cdbd-d94e-4157-b153-dea52e66d28e','3368faf5-1357-524b-97f1-d330d1a03474','P2.2','P2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('26521890-54ea-4065-ab04-1a43a3627a03','3368faf5-1357-524b-97f1-d330d1a03474','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('94ed0b00-6615-4ca2-9b60-f04594b6db49','3368faf5-1357-524b-97f1-d330d1a03474','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('a4e4c0c2-eacf-482a-8fa3-3630053774ff','3368faf5-1357-524b-97f1-d330d1a03474','P3.3','P3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('80161c38-afdc-4a11-ae14-7c0da75e2b3e','3368faf5-1357-524b-97f1-d330d1a03474','P4.1','P4','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('57845c16-63dd-4749-9733-3f3e636df6bf','3368faf5-1357-524b-97f1-d330d1a03474','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('80159a61-5bac-4d13-896c-e7bd0fa489fb','3368faf5-1357-524b-97f1-d330d1a03474','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('924dff97-c7fb-4a43-8b43-9410716f8e10','3368faf5-1357-524b-97f1-d330d1a03474','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('5ab9862e-2dae-4127-a74c-b4a87b6771be','3368faf5-1357-524b-97f1-d330d1a03474','P7.2','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7a42d3e8-a488-42b1-8cda-4aca58c2b400','3368faf5-1357-524b-97f1-d330d1a03474','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('29891953-0cd7-4abe-b05c-dd6304b6a5a6','3368faf5-1357-524b-97f1-d330d1a03474','P8.2','P8','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4b016c0e-1449-4489-88c0-ee1447383ae2','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('d6593e68-aacb-4ad7-b956-4b6f254acd3f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('17491bdb-e30e-4d51-a1dc-685a3c96d508','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.1','P2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('55937ca1-1db6-4e59-a7f6-2a9759f3866b','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5c1a69cf-9c5c-4752-938f-67c2970eb4bc','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.1','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('36281d98-1f26-403e-9dfa-822a5c0343c1','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.2','P3','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4eb59f90-12c3-4d02-9aea-49dc41bfb00f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.3','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('3749152f-88a8-4653-b6f2-23d85361fe97','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b21c7034-01fa-4cf2-bcd9-0a362cc4a719','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P5.1','P5','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('30e7515e-efbf-49c7-bb56-48c5fe4a23d0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P6.1','P6','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4627aec8-c061-4619-a993-fb0fb667316e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2fbb7b86-48e3-406c-8980-3096363bcfc8','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('46ce4fd2-726f-4e00-a338-e2fb81a1c4fd','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b5046077-b22c-44ed-abcb-ea30a7533283','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.2','P8','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('96e343bb-5517-4f33-9250-4b5c373c88d2','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.1','P1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('87144d64-1081-451d-b903-9bc36d23471b','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.2','P1','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1a1c5e48-0650-4f05-91e6-80a5b03dfe6a','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.1','P2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('42ea275f-066e-46bc-aff6-6132ee08a13b','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9db486fb-782f-436d-8e58-948894f16781','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.1','P3','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('84e196f5-e8a1-4f85-9756-8cf0f8fe87bf','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.2','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('97cae9f1-5683-4a83-9619-20ea2e2f4080','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('19fd2b8d-9c4a-462b-ab72-01e36785d1e3','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('93774573-71a8-4172-8572-3cbb0dfd91c4','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P5.1','P5','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('62725ad0-4bf9-49d4-841d-5db75b0ca915','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P6.1','P6','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a2382418-b97c-43c9-a87e-beb72c1ddeff','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8c1cf26e-6243-4062-8240-06de831b28b4','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8a4ee260-2947-441d-a177-22886e4031f8','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dbc1c2dc-f4ff-4a14-b44d-d6f463d7c637','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.2','P8','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6187f45d-3198-429c-b69d-0faf626c539a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.1','P1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3f83846e-293b-4904-8f25-3c1623a58e0d','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.2','P1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a6fd9e7e-14b3-4717-9afe-a5fb6c3b4f66','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.1','P2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('69ed34fe-5805-4de9-b24a-cf81fc8ffaf9','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.2','P2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6c370b55-1d9e-406f-b088-7dd204b63866','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.1','P3','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e6001ac4-0bfa-4b12-b543-5dbfe39c6e42','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a79c0385-53ea-4257-9346-36346c576c82','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.3','P3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('dd1a8883-d84a-4dc6-9ea9-c5f290b053ac','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P4.1','P4','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a94a8003-7833-42d7-867d-047cc3a86920','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P5.1','P5','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('1cf5976e-a142-4c1c-9541-12c867c80483','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P6.1','P6','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('7ed49d0d-33cc-4bda-8813-bd0e5bad8d21','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.1','P7','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8dd223cf-84c1-444d-9f34-f583feec8a90','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('566670bb-992d-4b8b-bbae-e70bc591530b','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.1','P8','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('bc814798-273a-4331-aa64-18a089fad4ae','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.2','P8','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c1d64499-2629-437b-88c0-1b7ce5370779','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.1','P1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1d518136-5a18-4190-8fb9-fdbba6e40e21','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.2','P1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c7b71a99-00e2-4e00-b71a-42282a577c8e','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.1','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('fa7a5774-dba5-4858-a771-0c040c1bcc98','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.2','P2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('71f46c3d-3c4c-4918-a087-ddbe3d290ce3','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3c683abb-b325-4654-ad49-e7535aae49e4','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.2','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7666eade-46a0-44d2-9c13-0595bba7dd04','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.3','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('be6a3309-ac0c-4ca0-9ed3-b038f68d3414','109637b3-3f9f-5c7a-92bb-8644adddd03f','P4.1','P4','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ba323e9e-3d72-4ac8-a867-be1197ecf3f6','109637b3-3f9f-5c7a-92bb-8644adddd03f','P5.1','P5','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('83a47545-e9d4-4ece-a46e-d0a6c23dc5e5','109637b3-3f9f-5c7a-92bb-8644adddd03f','P6.1','P6','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('19a2244d-b7e8-4844-b0d7-e0254069b0e2','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.1','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('61d92848-74a5-4b4a-8b66-3d15add5fc58','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.2','P7','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f8a3b147-9b5d-4d53-acfa-8ef3f38e6d0b','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4b0539b6-49ce-446a-9f45-35fad43c3253','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.2','P8','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('11e55138-a59b-4b0e-8321-2047a711cef3','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.1','P1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('e723d5f0-2d61-4ad4-a877-fd08215331e9','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.2','P1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7fd723ba-0cca-456c-adfc-6e32171410f8','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.1','P2','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a79d7dfd-4757-4610-9b5d-83397fa19f65','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5a041220-5387-4f6b-ab34-ed7a0c031b1b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.1','P3','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6df19f70-5fae-42d9-b920-a9de3b718e72','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.2','P3','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('cabea5f6-f301-4bcd-9275-7f4773b3548a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.3','P3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7c99f77c-47e7-40e2-b835-78656b6f59af','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a794f2d1-97d0-48c7-9195-1adb015e2467','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P5.1','P5','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('47ad7d12-e5f1-4f1a-8121-506b08b72703','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P6.1','P6','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('49eeb920-788f-4946-995c-282ec8f024d0','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.1','P7','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('93617256-d24f-4516-afec-b3e74991d87a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2b6c2664-c24e-4770-915d-0a5b97975021','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('84cff6e3-1976-4172-9e94-8178c094bd26','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.2','P8','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('97448975-f727-4142-a84c-b3c67d568ca2','3887911c-b9ba-567d-9584-390eb7984d00','P1.1','P1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9f228571-2e0d-4084-be57-0e6603a425d7','3887911c-b9ba-567d-9584-390eb7984d00','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4c29f9db-4710-49c7-a36b-3240fe03e918','3887911c-b9ba-567d-9584-390eb7984d00','P2.1','P2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('17eae600-8653-4dc3-b673-14de9595ec88','3887911c-b9ba-567d-9584-390eb7984d00','P2.2','P2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1bbe00bb-c22e-41b1-8ef1-5c052aaec6c1','3887911c-b9ba-567d-9584-390eb7984d00','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3b46bdf0-1fe2-47aa-87cc-6129d2c65138','3887911c-b9ba-567d-9584-390eb7984d00','P3.2','P3','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a7d03558-77d8-425c-aac9-eeb0eb23ab40','3887911c-b9ba-567d-9584-390eb7984d00','P3.3','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3ab0e965-3400-4901-803a-3fcaada2724c','3887911c-b9ba-567d-9584-390eb7984d00','P4.1','P4','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f1bcd150-2d84-4aca-87d0-731011f7b23c','3887911c-b9ba-567d-9584-390eb7984d00','P5.1','P5','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d93e01d8-6bf1-4375-99fd-6656a55caac9','3887911c-b9ba-567d-9584-390eb7984d00','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d1a06643-9e27-429c-b89b-255de103b0c1','3887911c-b9ba-567d-9584-390eb7984d00','P7.1','P7','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d634c67f-9bb2-4063-b4a6-30ecb1a8f610','3887911c-b9ba-567d-9584-390eb7984d00','P7.2','P7','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('35d02e4c-0e84-4c59-bb12-c06fd19f67d7','3887911c-b9ba-567d-9584-390eb7984d00','P8.1','P8','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6e10f4db-aae5-48ab-a97d-6c3b19688a8b','3887911c-b9ba-567d-9584-390eb7984d00','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e4d5619d-8561-4624-a88f-2c3bd2820273','8574ce93-07e3-5120-9d19-0af086432af2','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('f17a7eda-ab4c-4c34-9a47-8ec52d382e02','8574ce93-07e3-5120-9d19-0af086432af2','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('996fe734-5c50-4b4c-888c-33c357484b91','8574ce93-07e3-5120-9d19-0af086432af2','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('747bcf65-f673-42a8-8bf7-4f3b88fd9b27','8574ce93-07e3-5120-9d19-0af086432af2','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e4bd9183-1677-40ee-abbd-8b0c53a4e075','8574ce93-07e3-5120-9d19-0af086432af2','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4cbf5a17-bf4c-4097-9ebe-35b9ba22ffde','8574ce93-07e3-5120-9d19-0af086432af2','P3.2','P3','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('1ec8658f-4cc0-4d33-9059-2ed2762233f8','8574ce93-07e3-5120-9d19-0af086432af2','P3.3','P3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('cf958dca-828b-4e43-965c-99503b5b48b1','8574ce93-07e3-5120-9d19-0af086432af2','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b0bcf5cf-ece2-4652-aef3-239161fdf482','8574ce93-07e3-5120-9d19-0af086432af2','P5.1','P5','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('7f8862ea-446d-4f92-833d-778df191479b','8574ce93-07e3-5120-9d19-0af086432af2','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a5f3e0c1-b440-4151-bf3c-7a5a96d5e716','8574ce93-07e3-5120-9d19-0af086432af2','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ad5b1b52-caf6-4150-9494-e5b909eb69c1','8574ce93-07e3-5120-9d19-0af086432af2','P7.2','P7','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('47b8ee13-55be-4096-9cc2-8df5fd6cd166','8574ce93-07e3-5120-9d19-0af086432af2','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a5c16830-4dd8-49d3-bcdd-aa45be60f3f5','8574ce93-07e3-5120-9d19-0af086432af2','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('7be5b0dd-50a6-4ad1-bd8a-c86188294b75','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('6cd3c630-e378-4679-918a-4fd3b59d3ed6','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e12588c6-c2a9-4376-b438-b3e86ba3f8e2','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.1','P2','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('efaf2e16-ddd9-4886-833a-f225dfeb457c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('53b7c458-d7ff-4a7e-aa28-d0ade1e60f56','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0de3484f-750f-4104-a1aa-0614f17e07dd','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8476060e-e30b-46ae-8990-be454baca88d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('88feee7b-c468-46f0-bc25-3e126a2ed2e2','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('dd9c0461-d2c7-47b0-8a6b-9a449333237f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('29bb0d63-39e0-4be2-8d7a-ffdb2775c245','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7bcfcdac-353f-4622-8b57-af308d31d465','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9dd37211-f3ec-4a43-8761-58fed20c5eea','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ff970791-8c9e-4844-889c-d92009fae6db','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.1','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cdffc7c5-431c-4fb8-ab84-54598500177d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f678ebb6-970a-423c-8106-201f5b98acbc','c07c4843-6950-558b-9889-04ddf180d6f7','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0dd338bf-3ebe-462f-807c-77fc1b2f3350','c07c4843-6950-558b-9889-04ddf180d6f7','P1.2','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('155034b7-1be6-4aec-adbc-3a8d87faea35','c07c4843-6950-558b-9889-04ddf180d6f7','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('395c745a-5901-4d28-a09e-1b573e2ef5b9','c07c4843-6950-558b-9889-04ddf180d6f7','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0c09e61e-5412-45cb-a67f-49ca0282f795','c07c4843-6950-558b-9889-04ddf180d6f7','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0c25fd39-5e56-4941-a955-06a83982fcf7','c07c4843-6950-558b-9889-04ddf180d6f7','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ea1c1da3-7bf0-4f82-b936-b91d644ba1cd','c07c4843-6950-558b-9889-04ddf180d6f7','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4096293c-cb16-489c-a79d-182b148bf8a7','c07c4843-6950-558b-9889-04ddf180d6f7','P4.1','P4','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('52ea8456-21c9-467a-ab04-6c911bdd40a2','c07c4843-6950-558b-9889-04ddf180d6f7','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('df90ca59-85e5-463b-98e3-2473c30d5235','c07c4843-6950-558b-9889-04ddf180d6f7','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('3108498c-9361-4243-908d-9a0bdd4fe611','c07c4843-6950-558b-9889-04ddf180d6f7','P7.1','P7','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('04767db5-15db-4d9e-8c51-77c1c8f10e8e','c07c4843-6950-558b-9889-04ddf180d6f7','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ea36b482-0fcb-495b-847e-ce958207c780','c07c4843-6950-558b-9889-04ddf180d6f7','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('24d7712b-18a6-482a-91ec-851f611ee248','c07c4843-6950-558b-9889-04ddf180d6f7','P8.2','P8','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('88a7fba3-1f71-404f-a5e3-6160b8408677','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.1','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ae2efa14-9a2c-45e1-8aa5-0f174a07f6a2','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.2','P1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8dc498e5-cd65-42c6-bd2d-ba78cb44aa0b','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3c190750-49ef-4cf0-b6a6-88891912ba24','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('c013509e-50db-4f18-848a-0efeaf408cc4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e88f1f13-7492-4cb6-80ec-34bec518b22e','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.2','P3','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('df51036d-8899-4bba-a1d1-922659595e74','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('520a444d-6def-4b71-8cc4-354620837aaa','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P4.1','P4','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7089d218-9ad8-47b1-b15d-8bb726e8fd02','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ce0864b1-d90f-495d-b9e3-7a8f73369d50','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P6.1','P6','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e0e8e517-c8fd-4e54-abbc-7e6107c5c0db','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('31007308-3bf2-4f85-9ea4-b4f17f7b2a2d','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dc254e34-59c5-4290-baee-1f39775f5490','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.1','P8','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2e908acb-19c4-464e-b8bc-fbb74d6f6286','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.2','P8','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('675448e9-632f-44ee-8059-ef7847178b01','4f6e327e-af3c-4bd1-b27b-59ff5695f9a3','P1.1','P1','met','linje 1
linje 2 "citat"','[]','2026-12-04 11:14:05.745868');
CREATE TABLE reopening (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reason TEXT NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	os_user VARCHAR(200) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_reopening PRIMARY KEY (id), 
	CONSTRAINT fk_reopening_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "reopening" VALUES('d6aca506-ce94-4bfb-aef1-7e645ad37b5a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Caseload rettet efter ny opgørelse fra teamlederen','Jens Østergaard','','2026-08-25 12:00:00.000000');
CREATE TABLE reviewer_caseload (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	entries JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_reviewer_caseload PRIMARY KEY (id), 
	CONSTRAINT fk_reviewer_caseload_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_reviewer_caseload_assessment_id_reviewer UNIQUE (assessment_id, reviewer)
);
CREATE TABLE reviewer_rating (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	rating VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	evidence JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_reviewer_rating PRIMARY KEY (id), 
	CONSTRAINT fk_reviewer_rating_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_reviewer_rating_assessment_id_reviewer_element_id UNIQUE (assessment_id, reviewer, element_id)
);
INSERT INTO "reviewer_rating" VALUES('37460e10-101d-4454-8061-990047b0f7d1','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P1.1','met','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e23b54c1-30f7-41c7-897a-1bbb82ac1765','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P1.2','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('427b1d26-cf11-47b4-a2dd-098203d05581','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P2.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('50be2067-d66c-436e-a0eb-7b334fcc85b4','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P2.2','partial','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1a5c9b06-7cc1-43e0-b437-c906fe815521','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('85c492c9-97b4-4e7a-a80f-2be3a0fc2d88','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.2','not_met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7c10c3cb-1382-4314-8d9c-aa5b47efa8de','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.3','not_met','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5f9ec77e-e75f-4bc2-b110-9c6ef8ccd122','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P4.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3c111a81-1195-4121-bd4f-e454a7a755ee','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P5.1','partial','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5c2c7c4c-fec6-4cad-b1bb-b6d3ff2fabfb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P6.1','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3096bdb6-8d2b-46c8-9b59-c9e664200ceb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P7.1','partial','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('13db89f1-4ac5-4c98-b1ce-f0ca8f060737','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P7.2','partial','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7e0d3c81-4ca6-44f9-9c35-3bfe6bb0d08b','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P8.1','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('67e17d3f-082d-4cb8-b151-a65026b22169','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P8.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a96a37b7-0114-4db7-8daa-b4a480f6b255','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P1.1','met','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e5628fee-d662-4525-908c-b48e7118849c','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P1.2','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9fabe66f-c3ba-49b5-b459-28d9a7f48efb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P2.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bb162c90-0e4b-4a2e-8e94-c814230ce702','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P2.2','partial','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('927abd06-e31e-4ff8-8e65-89e571b9bf77','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c1ce703c-16e2-4613-8674-56f402f14370','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.2','not_met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f93c6576-d0cd-4a8e-b172-0fa108eaf3fb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.3','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('aca43766-696f-475f-ad96-4c067d91b0ef','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P4.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('02f5acb0-e97e-435c-85f9-13bdb3e1732d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P5.1','partial','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a1c38449-a4f2-4e29-8fca-545dd4941bac','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P6.1','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d5e96e64-4b21-4b38-b6b8-8e90291c745b','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P7.1','partial','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2fb992ce-4b02-4ee9-a151-5b0f39a8453a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P7.2','partial','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('acd898ba-e4ae-499e-93e7-e7bee92fb76d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P8.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89074af7-f267-4d22-88bb-df54e18c21e9','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P8.2','met','Vurderet anderledes før drøftelsen','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('37a709b8-adea-4cf2-a907-329ec2d97e40','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P1.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('be062093-aaf5-4c9e-a793-cda7b5a87beb','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P1.2','partial','','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fb76801c-1c4b-4495-98a8-ed749e81f527','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P2.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('233881c4-f8a4-4cc0-8370-b4e7728d5290','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P2.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('97af006f-9add-40dd-9e5e-8f1e9d97812b','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1d8f55ec-6c6e-45fa-ae07-4372fa4013c3','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.2','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1829d2aa-47d7-4a37-81aa-61f8c84a3f17','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('84ae3de2-a222-4b01-b7cd-fba8e736431e','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P4.1','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2a0e6d57-0348-4960-b773-602bc125f31c','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P5.1','not_met','','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('df02e3af-d70a-4245-98c3-24a64f0f9667','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P6.1','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d6c821f-31af-4fd1-a038-daa241f7d950','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P7.1','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a6502632-5326-4798-929f-6d0e430303a8','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P7.2','partial','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('87ad4855-b61f-4778-90f9-b7420f7341bc','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1a418f8a-1ae5-4507-9fdd-ca6f0ad42ee2','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P8.2','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fd59d208-0644-4108-b124-54245eed1370','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P1.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d3e20a58-5293-4fc0-b30e-7d588c72520f','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P1.2','met','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e3005d65-e501-450f-9d98-06ffffdd4e05','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P2.1','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('96958771-6f20-45b0-8e61-4c31dc96986a','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P2.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a59cda18-c517-432a-817d-dec919a031d4','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('761a8119-1659-44c1-aef6-44ff83276f3c','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.2','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0f2354e9-5216-4b1c-8bea-b5f04bb4ccac','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fe622be7-7b18-4ad3-b9aa-89a1e168da6d','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P4.1','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e359169-8646-4951-b4d6-4d0d9f5550ac','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P5.1','not_met','','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d743e5fc-7561-4e4d-abcb-1b191f38f502','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P6.1','partial','Vurderet anderledes før drøftelsen','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('79cbcdb5-58c7-4c93-a706-ab402b4fd621','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P7.1','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e15e3c92-c04e-4590-8dd6-4e4518bff5dc','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P7.2','partial','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f9d944c9-41fb-4c6e-ae41-7ef151c2380e','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('13a9b3cd-1db9-462c-b465-fdec28d8d946','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P8.2','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8748ae94-8b85-409f-95f4-824d1e91c646','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P1.1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ad226745-60e5-4552-8c0f-9b9bad2b5af4','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P1.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('82c92f6c-de7b-4455-99cc-26078fca8fe1','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P2.1','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4d49dcdf-495d-4c37-b0d9-a0c51f6560eb','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P2.2','partial','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b7d668c0-18db-4393-af21-b9f3018ae8bc','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.1','met','','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('644c58dc-d332-4251-acb0-5cda1d221d6c','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.2','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('33766fc5-9283-48df-9659-16a9a2e9199f','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('12186113-bbb8-4a89-b571-75648f1abf3c','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P4.1','not_met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('91e77e3e-d7f5-4e97-8e7c-5e8c3659affc','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P5.1','partial','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('77c14a56-fa0d-45fb-96ba-e058c6be476a','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P6.1','partial','','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d526b24d-1b21-4bc9-bd34-e089e08586dc','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P7.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('16e00230-8b7b-42c5-aaaa-893e1bd4b8e8','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('99acc782-acc1-4846-b270-5e11c47d4416','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P8.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1bde91c4-5344-4c7f-9e61-c70690d269cf','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P8.2','not_met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1520cdeb-976b-4231-96ce-5ae6dde5323e','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P1.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('07f5266c-ffba-4f85-a29b-e92e77cf564a','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P1.2','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0d99aa20-61a2-4640-ac95-d42323943e9e','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P2.1','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fec16eb6-9fc3-4fa0-bbe5-98c4b829dfcf','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P2.2','partial','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('225ad243-6824-45bd-a002-067a8e8a4b7b','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.1','met','','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('486adb63-78a5-432d-ba4e-21c047d4059c','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.2','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bfe5d519-49a0-4bb4-9697-b582b3785427','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5adb198c-4bbf-43b2-8be8-abdb3cfb8f80','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P4.1','not_met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1c34372a-e897-402b-a6be-42286199b14e','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P5.1','partial','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('676790ff-31a1-4acf-8748-033512c2f58a','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P6.1','partial','','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9ef22343-585f-4e21-a46d-88daa675b5c7','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P7.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('13ee2e9a-aab9-41fa-9e8f-3fe2668d1247','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ea5eaad4-855b-4157-8170-e8ab7c8b3583','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P8.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fd2d0717-2bb6-4d61-acd6-1c6106b30bdb','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P8.2','partial','Vurderet anderledes før drøftelsen','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('634afe13-581d-4c74-bbe9-077697a650d8','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P1.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('95ef69c6-0f1f-4bdd-9ae2-4cdef36535f9','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ac503374-9805-4a1e-b7e4-cef16868f633','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e5a776d1-9271-403c-aef3-d4455227f6af','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P2.2','partial','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('489e148b-a238-41c6-8f19-88a1c45a7735','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dfab7c32-e2bb-4fc6-b92c-960947278481','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a37445db-31fa-4703-bf89-ecaf3ae5496a','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0375f9be-92e9-4523-bb77-d596a93bf46c','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P4.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('37024eb8-b977-47d8-9fbc-3b285f405a92','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P5.1','not_met','','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fb08846b-dece-4224-a4c0-27844fbe8e96','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P6.1','met','','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5674e608-5aba-4d04-8317-f6568117adde','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P7.1','partial','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89b9f302-bd1a-4b70-a1d2-4f2148eea376','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P7.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8793dfdb-4814-4350-95a9-46bd4b0d2f41','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P8.1','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e411a2eb-5130-486a-b327-3ab073af93e3','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0b93aba8-c918-43f4-852f-52f5f9666abb','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P1.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3dcf7778-18af-4c18-915a-79a009b10af0','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ff1a8af1-899d-46ac-b302-8e183bd11a1a','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8cfb54b9-08b1-4ec0-83b4-d1372890df7f','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P2.2','met','Vurderet anderledes før drøftelsen','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('75ae0aae-b0e7-4fb6-bc5b-2a06bd939289','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('35a1649b-7296-4685-83d7-28b6314122e4','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('18455f2f-22fc-4bd7-80be-8dd37c77516e','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fc80cea2-3be7-4514-9ef2-3fb7315b631f','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P4.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b3aea461-c19d-4f5f-bfb1-f59c8d0b1997','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f5aea43b-9e29-4607-8e34-31677f0934ca','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P6.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('99b63337-a3fd-42cd-a0cb-8d97b9154d0e','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P7.1','partial','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f4fb48eb-dd93-4995-a827-c70596987732','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P7.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e9ca15f2-5d45-4205-a113-5df92e7a70bf','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P8.1','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('01f1a700-8f9b-450e-b8a6-3aedf0f66064','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('982a8e26-c99d-43d3-8c7d-a63343571892','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P1.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c6859e84-fa5d-4ff9-a99f-393b943bd188','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P1.2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('42648a10-ecb0-40b4-9aae-9f5d4f06f901','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dade2f5d-bbbf-4aeb-9ea6-5b151a44d3c0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P2.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fc79d682-334b-4cd8-a57d-da6003e929be','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.1','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1b22e789-0f0d-4c42-8ac8-d3b0b0536262','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.2','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('27ceac9f-5164-4c55-ae96-fcb4e2868cb5','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e860cab6-b68a-45ef-aedf-c8e262ed60af','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P4.1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('923d637e-d3ac-4cee-9f15-2a246f078c75','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P5.1','not_met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('aa6d8096-f2a2-48ec-bee1-a533dfa7c075','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P6.1','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9ab4b2c3-fb7d-4a2e-90c5-35ddb4eed0db','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P7.1','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7657bcfe-919b-4c43-a118-0d922ffede18','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P7.2','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f0d33bc2-18db-4ac3-81da-e4c7066419d2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P8.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('057fc145-3888-4d31-ae79-e7e000627bb0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P8.2','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cd079d9f-f9fd-432c-b139-176284389e24','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P1.1','partial','Vurderet anderledes før drøftelsen','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bedc94de-ffcb-4491-bc31-9b24c9f1d571','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P1.2','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('40d267e4-2bac-4f6e-8e55-32a11d3e24ae','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('39119036-6f9e-47c1-abc9-80878fcdf6b8','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P2.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('85effbb6-d1b4-4488-b595-65d19f91f876','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.1','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fdf7819d-663f-41b0-9815-bd7dcf9a0d6c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.2','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7dab4dca-4daf-44f8-b453-47e1a6db370f','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('13a73b0e-e93e-4c8f-9f8e-c37001fbd0bb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P4.1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3fa8d397-1f3e-4a08-bc80-f4f865eee877','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('77b44efd-3700-45b0-9b6a-5e984d47f982','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P6.1','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dbe85e86-d7dc-4296-ae24-dea9675a5e7a','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P7.1','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7b00bc33-f78f-4a73-866a-637c59174ba5','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P7.2','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8b4d4248-51cc-4be5-97c6-9d7ed625c6f3','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P8.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('009c9fa1-0909-40eb-bb74-c0ef418ebad7','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P8.2','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d6df6bb-9648-4b03-bbc0-474eeff2b2a7','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P1.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d1334274-7e9d-4e43-81f9-9a2c06c46895','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P1.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('60daabc0-46a2-4e28-8228-a22049aab999','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P2.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d108c1bd-e0db-48f7-96b1-57ee8d30f05e','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P2.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('be199e51-7514-4c51-be6a-ea001372ff2e','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ff657c27-841c-49ee-b840-9089c82a168f','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90268c84-5c63-4903-96b4-0a2e1eaeb596','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('403cb967-42a1-482c-aab4-7e1988ef94e0','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P4.1','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4ad5ccc2-9065-4949-a59f-954bfd4c0c33','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P5.1','partial','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b668e575-985e-418c-af12-db3d49e69aa0','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P6.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e73adbe-8dd0-4bc4-be7f-df36f4d8b1e8','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P7.1','met','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('22384794-fe0c-454b-996d-b3426d6e6040','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P7.2','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b6771b7b-9e30-42bc-9fd8-f67c2f9b54a2','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('93ffe838-8297-473f-bbc4-9a5fb8f6230e','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P8.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a2bc1e53-61b0-42c7-96e8-7358f522d83d','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P1.1','partial','Vurderet anderledes før drøftelsen','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('129f6177-0f37-442e-b3b1-a80892860a99','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P1.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dad6fa34-08e1-4daf-a6c9-faad03662631','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P2.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90600531-cd70-4f80-a73a-3b946d1222b6','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P2.2','partial','Vurderet anderledes før drøftelsen','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c4b1cfc3-58df-44a1-840d-2083b8ccbadf','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a85c81be-9eae-429f-8d8d-91c4af4dcb48','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('79b4d208-6d4b-4122-afc5-5189f5a2dafc','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('81f7e1cf-557e-4a08-a833-dc15a606e190','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P4.1','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('819038ca-dc22-4269-8d70-2bbd7d13ab89','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P5.1','met','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('672074f1-77f4-4e19-bacc-1dfbde2fe6c9','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P6.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3e79b459-8817-4a91-b9e6-ae0199916416','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P7.1','met','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('365686e8-7fa2-426e-86b8-f601904e49a8','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P7.2','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b3591c03-5dd2-4e72-8a8f-a49ad25ece9b','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5ad21355-8fe0-4453-bd2e-2bb8fb7121b5','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P8.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('eb4e6a3e-c97d-4c08-b5c3-6afe8daa0dae','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P1.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('157adc81-6e92-41c7-942c-cb62daae8349','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P1.2','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('105c3a01-f71c-45fa-9834-d5b2ac56b36b','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P2.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('667efe20-c680-4402-940a-88d11767b814','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P2.2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7bdbabc2-0c9e-453e-9b8e-f9ce04728c66','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d717d12e-e8b3-4720-b64d-494639062ed2','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ac4eb548-1bf2-4912-9080-c4c4a7e9aae2','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('61b7546b-5be8-4d5d-bfe1-1c6fc540c73e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P4.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f94dafbc-10ef-47b3-b8cf-056bc2c853d0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P5.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d66983dd-34fd-49a0-865d-71865a398944','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P6.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('86e3f65d-f951-4b0b-8223-e6da774abc96','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P7.1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2b162427-6da3-4656-b571-9672731940ed','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ecc08d88-1a28-4dae-a10e-d9b751ec17a8','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P8.1','met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d6298491-7b3c-477d-bd5f-98afcaf4ad55','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P8.2','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('373422cb-01b0-434c-9a60-0e282ab80c41','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P1.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a26513c2-789d-4a77-826c-e0fa65a85ace','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P1.2','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('baceb66c-fa34-4304-a634-9f9680d34724','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P2.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('23b11fa8-50d7-4a4b-8733-0b9b951682db','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P2.2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('35c9da14-fed0-4f85-9b6f-eb513a9dc479','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('537151aa-d497-4044-a7cf-ead36e0b1351','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('17d6945d-f4b4-417e-9e96-35a87038664c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cca36721-f259-484b-b9a4-f07f483ca7d3','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P4.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('376faf16-ae10-4f03-9683-8ba378412979','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P5.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('604514bf-12b2-4766-b799-811d5f54954b','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P6.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8f073396-6974-4b94-8f42-a04bca1478a4','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P7.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('980a7253-907b-40aa-ae53-a06a1636243c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8380cd6d-3e91-414d-9987-e56a3cfed802','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P8.1','met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('afb28898-9286-4ea6-a511-769fa5b50e39','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P8.2','partial','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0faff01c-69ee-4fb1-8698-d4347ae66cca','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P1.1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('68c102a7-60d9-4dda-b121-bffaa2f27494','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P1.2','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a5f77849-2f1c-42e8-8a1e-119b2af079c5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P2.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('07ad88dc-05ef-4675-ba50-21f684a525e5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P2.2','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e2f82f8-32c8-4d86-a479-6e0790dc7d76','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c3628a6a-2b1b-4d18-8945-17495bc59c99','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('44b3eb54-1d01-43d9-90ae-700f2e729e56','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e4b5fc67-2716-403f-a015-e9e62bba42ff','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P4.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('13059f12-a287-45a8-a371-c5628c091a67','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P5.1','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bf3d3d11-0420-4cbd-9a3a-296cfaaabf0c','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P6.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ae41b890-5634-4f3a-af5b-6851548a39e9','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P7.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a631a873-f208-4c64-9ab4-eaea0d2c864e','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P7.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a589d704-7831-47a6-a99b-30a7ed5d66fb','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4f5a6689-cf0a-4661-ba93-06f4c2da4606','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P8.2','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b0580c33-b7d2-4a74-9453-8f09ecff8d4f','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P1.1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8f24044e-a92d-469d-9237-5c0d6d37b7cb','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P1.2','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e66870cb-56ac-4ae4-807c-16b844f8338c','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P2.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('93832031-8b3f-43f3-8439-bc1f67f7556b','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P2.2','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dcfa4092-1013-4b2f-ad84-66d818065ebe','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e64b5db8-7079-4688-87a3-d61febb767dc','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b4576f48-fb7a-46f3-8e1b-323c0bf1e3c7','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('369c64c8-2a4f-49d9-b966-406174552020','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P4.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('714dd08f-85e4-4740-899c-63530e53c0a5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c39de601-ae41-4ddd-82d8-a1b140da30da','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P6.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('41d802b6-8cc3-450f-9fd0-ed8741ce0de7','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P7.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c9e75edb-de0e-4ec9-b342-aa7ac18dff73','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P7.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e560a148-d887-4ec9-bc97-cdef686f118e','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e3ace724-f1bc-4089-b932-21fae7212915','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P8.2','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4c19d986-5e73-442f-9a20-e1d28d84a6fb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P1.1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cb8e0ee9-a673-4b05-a5fd-7bb5e6f3bbdf','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P1.2','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('be604d20-1729-4007-a9bc-6da8ecf0672a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P2.1','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a893f3db-e16e-494b-94ce-6d92091cae86','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('08a7bb4e-6a15-4283-9a85-5189e94398a3','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.1','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('71ee53e4-64be-4794-8fcd-977731a0fbac','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.2','not_met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f7674fb8-6340-47a4-8d91-a132667e9da8','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('706a2e78-5503-4b29-b933-0dbbcd050208','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P4.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4b94965b-d8a5-4ac8-9f73-c2716a472adb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P5.1','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('60484211-1ae9-40c2-90c6-5f9f16877625','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P6.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1d327813-2a76-4a9a-a51b-cd4e88103d2c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P7.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('67d6c550-2ae2-426d-a4a3-64a5203c9bb2','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P7.2','met','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('202b3482-43ec-4ca9-a2d4-c26f9f2ecb1c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P8.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a64132c0-6991-4ce5-8921-5d508e54403c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P8.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c31c35ab-7921-4339-ab15-850dce892d6a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P1.1','partial','Vurderet anderledes før drøftelsen','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2f3e9e15-489b-4ff1-ac03-72946bd666ef','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P1.2','partial','Vurderet anderledes før drøftelsen','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cf359b91-1cf4-48ea-ae29-37ad3c30f22d','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P2.1','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b42f2d02-c709-4862-b0b4-986a79d90b19','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P2.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d50d3204-d1d2-4f13-b5dc-caa25e3a1b28','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('75410228-0550-4ea1-abae-5680bb55e617','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.2','not_met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('678f7733-b202-4b49-b413-a0261686f3a3','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9439cdcb-a7d7-419b-a380-d42d040d4be7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P4.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('43ae272f-9bd1-49ef-a04f-72c22505c489','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P5.1','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5b2f0f51-38bc-45fd-b5a2-41f50978429b','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P6.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d682920-c330-4c34-8f85-22c594987424','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P7.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('de517f45-6c5e-4ce1-96ac-30e0b1cc16d7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P7.2','met','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('76650978-923b-4d97-b23a-808217aa0f33','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('222ec5c0-bd41-4366-bb47-40d22e378f2c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P8.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('60fdbc84-a518-4847-ab48-14ad79a67c80','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P1.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e1a9c589-6d4a-4cdd-b389-9e7f8f973a34','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P1.2','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b28caf1a-ae25-47c5-992f-627e7765503d','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P2.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('02f963af-5d79-4207-bc04-0526ceb7ccc7','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f07a162b-020b-446e-972e-d35ec947244f','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('23cc49f5-a210-4925-9dde-a935d49feedd','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c0476e77-a441-4dfd-b0af-073efa8a25ef','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a5ca28d7-56d0-41bb-80c2-3a0a4473806a','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P4.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('323937d7-4f11-48db-a2c3-6dfac0fa7b93','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P5.1','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('68f56857-f27c-4aeb-900c-3f5fe4b0e386','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P6.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9f58549f-b6af-4d89-b9c3-72ee7ac89ac4','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P7.1','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c543f3e6-30f4-4230-9f7a-bd2b2eb3d812','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P7.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b6c3acca-c103-47c8-ac52-3233b1cd8833','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P8.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('68e16bd4-ef9b-4974-9ae9-a6d01b96e127','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P8.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('43282164-74f5-4278-b75c-87b38560bdfe','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P1.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a9c5fdb4-3e0b-47ce-97fd-544d44f75fb9','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P1.2','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e651ff9e-4803-4966-bb28-99679f97b49a','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P2.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d3627c3-b432-4564-b63e-1c14924bd32c','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P2.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('03e06aec-e4e9-4381-8c82-d51d2461cdfd','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('06091c03-3861-4345-b69e-27d1103528d6','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('45673bbc-ae77-410f-b497-603220a91b2c','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.3','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('21bbff3b-5ffe-43dd-9772-6abbe58775b7','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P4.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5d486d08-0d73-4310-b73c-45e9e7f11842','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P5.1','partial','Vurderet anderledes før drøftelsen','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('48fed49b-d33f-4f6a-adb7-3a8977916cf9','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P6.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('940c1d60-9288-4347-a805-b4b11a284b6a','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P7.1','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f7df8191-c037-49fc-99d0-44774d03f176','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P7.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9e7c917f-c13e-459c-9576-d4f207dac039','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P8.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7e12f2d9-742e-48bc-bb18-0b5424804bd5','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P8.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('52175c0e-0d7d-48bb-a0cd-3ce653900f55','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P1.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('76193f42-f8d2-47c2-8a89-4f29e7972adc','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P1.2','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('daad9e1b-92c4-46cd-a69f-29461d4735ee','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('37792524-cae1-4f2c-8714-90f69abc765b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P2.2','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1f882ee6-dba4-4553-8602-4c07c74a2ad0','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('690142a0-3246-49b9-bbe4-6391c963f41e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.2','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2477b62c-e80a-4423-83fa-d93f04fe4c62','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9a1ae3aa-676b-491b-aa26-3d26ecb3f075','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P4.1','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('25907a6a-6248-4d6b-88e5-d2f4ec1c2f98','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P5.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a545f3d1-802c-42b4-86b0-2b5e3ea2bae6','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P6.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('217f558a-27ee-4dd0-b0ea-3e991c26445e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P7.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47ce63bf-19c8-4e34-b5af-5d7285110a3e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P7.2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('859202f3-7e89-4fd3-b227-353d730d624a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P8.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cd0a7290-f424-4662-99d5-806e466cca08','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P8.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2a5a1433-bc33-4bfe-a844-13a80f3d2e2c','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P1.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('23d50b41-6759-430a-85f8-711e056a53af','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P1.2','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5fb827eb-e166-42a0-82f5-41cbae416988','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('059aaac7-a429-400e-bdcd-2c276b1d15a5','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P2.2','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a0be8c4d-026a-495c-a535-45f359315083','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9fdc58a3-9fdc-42d5-a5be-e5527b37d769','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.2','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('293b3f92-1f5d-4658-8355-b318e324e11e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e72ee99c-bdf8-4244-a2a2-e2f369dd74d2','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P4.1','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e097f730-a8a4-4def-8ad7-7fb57abe8045','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d25ca7bf-b41a-42ba-aaad-bd48e9dec0f1','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P6.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f626c277-8131-4d78-b2c0-ccab7624c692','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P7.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7b7fab89-9f2c-4ccc-8c5a-2116262d82df','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P7.2','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e0e507c7-cfa1-4fbb-b0a4-664f6e621d89','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d3a19643-8e6c-4833-ab12-7adccf313874','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P8.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dc169205-46be-4f0b-ac5a-52be0107f2b1','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P1.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0e103be5-a580-440c-a875-d241817d064b','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a129c562-b79b-4204-abbf-dd5a962e9273','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P2.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c9937461-cfe4-4d23-a6f6-bc62bedaa1e6','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P2.2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a6ec5891-8df3-4265-b747-1152913213c3','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('382ba445-891f-4c23-b100-ca3a8bc58864','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.2','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bc6f489c-beae-4332-ba06-37b07a8b125a','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.3','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f93e23c4-7e9e-4b96-8211-b8e0b1e313cc','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P4.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c20d7f27-7ff6-4bca-9ad9-bf9ac561aa1f','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P5.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('231ae0a1-b23d-4490-937a-0a158a3ea85b','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('68b5840f-cf4b-4007-bfee-4b865833c8e9','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P7.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('155dce51-b7d4-45bd-bda4-2b41a145a833','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P7.2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('98c2e617-c17b-4efc-9603-122e1c97a1a2','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P8.1','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bc595016-a2be-4966-9155-549952834ba2','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5008a870-b8e9-4b1a-8475-3c0a42a0cd94','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P1.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bcc2f8fe-29eb-4971-80e2-974f73bd79d3','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7a34af56-920a-4db7-b58b-3cfcbf7ab0fe','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P2.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1684ec37-6e1c-4f81-b5e2-6e011635d0ed','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P2.2','partial','Vurderet anderledes før drøftelsen','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0132033d-dffa-4964-8c19-fbdbe308e174','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bea78126-b613-435d-bd35-3d620671e27d','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.2','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c024b129-c647-4759-9558-2f9aceb5fa87','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.3','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47c6e555-5c1b-4fec-9e7c-0785f529b017','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P4.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5eeee80a-4341-4195-b7a9-05c7df0d1dcc','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('18e51eec-0172-48f4-95a3-07d1f2384d06','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d70ecf64-13c1-45a2-adb7-a5e755a5eedb','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P7.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7f42921c-1319-46e1-bcc6-ab281ce18ad0','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P7.2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2fe37b58-7056-4b0e-b335-410a41ddf4a2','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P8.1','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d58fca62-84da-404c-93e2-295f8b71b696','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ce574e8f-5f8b-45c8-8a0e-77a5c534992e','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P1.1','not_met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d184dce5-2cc8-42a4-9309-a054b696a508','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P1.2','partial','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d493d6ab-67e1-4625-b0bf-f7865febafc0','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P2.1','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c419e758-0463-41e8-b572-722af4114642','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P2.2','not_met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7fa373da-0060-466c-93c7-58cf1b29460c','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7c9e4990-6016-473c-8588-b3787ee065b0','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.2','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('11d91d7e-3bbf-4d5a-9f75-9d4ccd880218','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2aac78bb-89ab-4889-b11a-adbe8c0486ab','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P4.1','not_met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('daeba04d-1b4e-4e89-8a57-27cd0a517e54','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P5.1','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('96a87491-948a-4d47-a79c-4b1066cda054','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P6.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4603bc51-6714-4168-aaf2-4e1b58f35c27','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P7.1','not_met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a62a56e7-41b2-4b58-97c8-2d1790b85313','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P7.2','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('44cb0767-e743-4086-8f3c-dd22b49e6774','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P8.1','partial','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3cf1b8e9-9511-468a-af23-a35365c905eb','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P8.2','partial','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c914306b-4557-4e7b-ace0-7f2e1f655de5','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P1.1','not_met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('358120ec-0458-41dd-b49d-74ddfee686bd','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P1.2','partial','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4bbf23b9-3cbe-40f7-994c-8824b8b7843b','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P2.1','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('03e4662a-cf9c-41fe-aae5-f35c532a5580','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P2.2','not_met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fe571b9f-9da1-416c-8ee1-8baad610ad98','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7babfeac-d36c-4993-b4c8-024e984761c5','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.2','partial','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7bb38fdf-df2b-47fb-9845-14c7a5e72ead','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1f9f11e5-87ce-4076-b9cc-1d73c34d34c3','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P4.1','partial','Vurderet anderledes før drøftelsen','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b3ae68bc-1ced-4564-9365-026b280a8479','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P5.1','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('70b0f3ca-44c2-460c-a992-67cce46b13e4','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P6.1','met','Vurderet anderledes før drøftelsen','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0341a724-b33a-42b3-ba61-293299dbb2d8','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P7.1','not_met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('08dbb0d4-26c8-4d80-866f-21d2dc791d3b','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P7.2','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7b69c5c7-daa5-47b4-be11-0d6743166ca8','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P8.1','partial','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('23314dbf-72d8-488c-bde7-416693606333','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P8.2','partial','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('430996b2-3045-4dda-a28f-86b8479cfd91','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P1.1','met','','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('adb945cf-1632-4fd0-868f-19a62f0f0f9f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P1.2','partial','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1c05dd3d-0370-4d0c-ac84-b7532658e56b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P2.1','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b628a10d-4f05-472a-bcdb-ca1d52749058','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P2.2','not_met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('052ba20b-3b17-43a3-a760-1c04a55aa761','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.1','not_met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d8d8478e-5958-4ef2-80f3-15245560c650','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('69cc0548-6e45-4c05-b922-259d00f19536','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.3','partial','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('061915f1-c0bb-4677-a246-64d30c75692e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P4.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('153ce91f-aa33-4cea-835d-58f05ebd40d1','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P5.1','partial','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('007db30e-e94a-4386-9e35-431f59193891','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P6.1','not_met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6d8daca9-0277-4a44-a6c9-e644fe5b8465','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P7.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5abc7a5c-8e94-447f-a7ee-b409408db59c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P7.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1e53c192-ab47-40d0-99fd-f09dfce7c9a6','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P8.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('688bbae2-8852-4f11-b8c2-8ab6190ed884','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P8.2','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('74166ab6-b781-4b8e-92d3-521fd847e1e7','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P1.1','met','','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a322f361-b2a1-4b10-b2aa-906c52a8307f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P1.2','partial','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2d9ad5fb-1172-4439-afe7-e0bd8c8f990f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P2.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2625babe-fc20-442c-85ce-7a70e2449609','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P2.2','not_met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f32bf8b1-f18a-4b62-a3c0-eabf67694903','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.1','not_met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0197fe3c-9668-4ab1-8fc4-6fadcd1e18ce','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b270adf8-ffcd-40cf-919f-f13d09a1d9da','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.3','met','Vurderet anderledes før drøftelsen','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('86e9c579-2bb4-4f66-8095-81499365f203','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P4.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('644831b3-188d-4be1-83e8-790165580579','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P5.1','partial','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2a980e47-55b9-402c-8ef0-834f93faeac2','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P6.1','partial','Vurderet anderledes før drøftelsen','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('028ad3aa-598a-4249-af1c-bc5f94633418','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P7.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ecd65807-a576-4037-a19c-9e2ea1118faf','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P7.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dca7e8ce-3862-4529-9c08-5c629ab40a97','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P8.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('298ba75e-b55f-4f0a-a33d-b14babf13491','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P8.2','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5227fd92-ea89-46f9-9752-5d3bad56c3b5','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P1.1','not_met','','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('df5580d8-6574-4c46-bdaf-462e71288235','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P1.2','not_met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8e205c13-4848-40f1-b107-52e99765cb8d','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P2.1','partial','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('49595879-8bc5-493d-9f34-8fdc2e7f0b51','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P2.2','not_met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('df92a084-5376-45a8-80c9-cef3cb1942a2','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c43a9808-69ad-40fe-8118-f592d594a49e','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.2','partial','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b09bbfd7-4703-4131-b03b-1949e0deafdb','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.3','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('36a439d2-59e4-4d54-848b-ee0821d28d32','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P4.1','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('be8de5f9-5718-448f-9434-1b5607dd5402','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P5.1','not_met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e31b1d9-9db7-4657-9c74-ed83fc3f8143','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P6.1','partial','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3c756c69-a6d7-4a7a-b797-85ddede3cfed','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P7.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3c141122-b549-4871-9714-5ef9567bca9f','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P7.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('96c6087b-ed7f-494a-8c60-414b115bd065','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P8.1','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e786c0e-380f-4527-995d-df63acc09abb','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P8.2','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('de365ebd-f6a3-46e7-b657-0e480fa735ef','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P1.1','not_met','','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('032d269d-aee2-4846-b12b-a9c866b5b1d3','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P1.2','not_met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('28ca3d06-0254-4dd8-a5ab-985fb49cf6e0','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P2.1','partial','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('82ce2c6e-a195-4925-a043-48a5a9988b83','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P2.2','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2a929c9a-d229-4f60-b0d8-370b4712d58d','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('af29ee93-862d-47fd-9ad4-ba6a20ce9c38','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.2','partial','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('efd9645e-7aa6-4ad5-84d0-765c80d487a4','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.3','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0d67dedc-857f-4515-ab2e-8741e80a6993','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P4.1','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7b9e08c1-892c-4144-9ca3-048cb3dc6988','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P5.1','not_met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8aa0d018-2c34-4b0d-8e1c-73ceef4ccf75','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P6.1','partial','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e7c7cb00-14fe-4225-9713-c66df1206581','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P7.1','partial','Vurderet anderledes før drøftelsen','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a8806439-c45a-4479-8167-6e25d322fc81','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P7.2','partial','Vurderet anderledes før drøftelsen','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2dca77b1-6fba-447b-9b50-ab0cc5222a6d','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P8.1','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ef4904c1-49fe-4f76-8787-a865c8f291ad','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P8.2','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('51245dc1-521e-4931-b75a-1eeb6721562c','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P1.1','partial','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d2e213e1-cdc1-4859-9d1f-811faaca22e4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P1.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d2fdfe5-20dc-4f39-b06a-cd36a562088d','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b740de24-35c3-43f8-97ae-6132eb251a1b','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('331cc503-a05d-464c-8979-6cd077bd2fcb','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b4751cea-3d78-4a7b-9e2d-d2377c49f525','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.2','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('db1e000f-b2a2-4688-8d40-59b9beb5a176','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.3','not_met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8f40331d-71cc-4637-bceb-166930e558ff','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P4.1','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90e87be0-7686-483c-9c13-c5ff1fb72751','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P5.1','partial','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f383f732-4ce0-4dc1-b41f-85c036576eb0','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cf338390-9172-4b0d-8293-e906f8d5701b','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P7.1','not_met','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9528a267-8eed-4580-b4a1-7be26bedbbe0','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P7.2','partial','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('69c178b3-0bc7-4209-95e2-6b243323d77a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9447efaf-ed67-4070-a5b2-22d2f994ceab','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P8.2','met','','["document", "data"]','2026-11-10 15:00:00.000000');
CREATE TABLE signoff (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	signed_on DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_signoff PRIMARY KEY (id), 
	CONSTRAINT fk_signoff_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_signoff_assessment_id_reviewer UNIQUE (assessment_id, reviewer)
);
INSERT INTO "signoff" VALUES('8664f273-9749-4de6-974b-04a8c30c6b3a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('4d0ed681-4c96-4bbd-9508-cb17c824303e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('000d6d2a-4c39-47df-bfa9-3702d226ebbd','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('d8ffa8a4-9eff-4115-b327-02bf497a4bab','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('a3a41296-18a4-4177-a10c-627b8283a725','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('38180e94-df35-4e4d-984c-9a229fdbac50','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('ba1a9f12-10e0-4337-955e-93de9332c1c1','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','2026-11-10','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('f9da48e8-67ba-475d-8a7b-cd722bb93fd4','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','2026-11-10','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('675201a2-1d28-42e6-9c47-82ee4ccface0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('744863e5-bd03-4886-9143-c72b16635d73','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('cdb7d5be-cd11-4331-ac9a-0d5e426a2402','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('5c09f7e8-02e5-493b-80a6-06e79a36ea9b','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('92e937ff-e6f1-42b9-8a7d-5ce047b51c2b','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('f2f19223-81be-471f-a1f4-3129fa841cf7','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('df9e59fc-4dbc-4aeb-a01e-e6ead307f557','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('2050cca4-9b9d-4ce7-9427-43e40f8c1077','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('9ef365f1-7dc8-425a-8dda-073c01be56cd','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('914e5809-4554-41e1-8c92-e5ac3e02fc78','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('d3a4d004-a80b-4e4b-87f6-2984df8ce645','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('1ff41cba-582f-40aa-b1ea-2976b6901e20','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('91384a48-1d8c-492f-99be-78a3b3e766ae','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','2026-11-10','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('7277c407-497c-4485-b68d-4a5741e11c65','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','2026-11-10','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('3ca1f588-c3bc-4a33-bb0d-08f756e444d9','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('0bb83f21-2a23-43c6-918c-3c121d7b58b2','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','2026-02-17','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('fba97eda-a2a0-4803-af0c-094570d2def1','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('91cafc14-1e0f-492b-9d9f-2cf48b43e4ff','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','2026-05-19','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('7816ac1b-eda4-4aa6-8969-85fd569a324f','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','2026-08-25','2026-12-04 11:14:05.699432');
INSERT INTO "signoff" VALUES('b8b66f03-12cf-414a-b117-7539eed281fa','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','2026-08-25','2026-12-04 11:14:05.699432');
CREATE TABLE team (
	id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	clinics TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_team PRIMARY KEY (id), 
	CONSTRAINT uq_team_name UNIQUE (name)
);
INSERT INTO "team" VALUES('3b02cd61-1b91-5865-9a7b-9e55ed9f2313','IPS Albertslund','Albertslund','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "team" VALUES('ea685656-96f2-593e-bce9-0b0a6cbb5390','IPS Frederiksberg','Frederiksberg','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "team" VALUES('c00e4c90-92bb-544e-958f-bbb480731b1f','IPS Hillerød','Hillerød','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "team" VALUES('9c58ee23-7594-5ac4-9b99-e3256c80906e','IPS Tårnby-Dragør','Tårnby','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','2026-12-04 11:14:05.699432','2026-12-04 11:14:05.699432');
INSERT INTO "team" VALUES('f3fbdb1c-5176-4e6a-887d-f8962ce83aef','IPS "Ø" ''test''','Aabenraa','Psykiatrien Syd','a
b','2026-12-04 11:14:05.728723','2026-12-04 11:14:05.728728');
CREATE INDEX ix_assessment_team_id_period ON assessment (team_id, period);
CREATE INDEX ix_action_item_assessment_id ON action_item (assessment_id);
CREATE INDEX ix_action_item_origin_item_id ON action_item (origin_item_id);
CREATE INDEX ix_reopening_assessment_id ON reopening (assessment_id);
CREATE INDEX ix_history_assessment_id_at ON history (assessment_id, at);
CREATE INDEX ix_history_team_id ON history (team_id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE INDEX ix_caseload_entry_assessment_id ON caseload_entry (assessment_id);
CREATE INDEX ix_caseload_entry_consultant_id ON caseload_entry (consultant_id);
COMMIT;

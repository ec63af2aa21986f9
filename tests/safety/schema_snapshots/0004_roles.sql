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
INSERT INTO "action_item" VALUES('479d9ce0-a1fa-5d5a-be0c-170f76a629a3','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('582e419c-8acc-5862-a317-d5972813982c','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',1,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('9820bd81-4ccf-51ef-b8b2-8f0146affd79','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',2,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('eff42fba-d022-5dc3-b0c9-ea6588135ad7','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('83914a17-0a1b-5658-9cb2-67bcbd2b4443','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',4,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('df2bf895-67da-5c9f-8260-ed9e5515413e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',5,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a1ed7b4f-053c-5e39-94b2-78c2d99efb40','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1766a087-8b20-5dde-b060-bbcf7770134a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('c314e48a-3d1b-5a4a-8b85-0c293621b7a6','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',8,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('41b1c015-9325-53bd-94f7-5b246ff4ad11','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('14ffea40-9bfa-534c-8053-915c8612de15','ec438b0c-0647-559f-9d36-ff39a127ba64',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','479d9ce0-a1fa-5d5a-be0c-170f76a629a3','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('f50c4311-57ff-5654-9d90-5d256d63efae','ec438b0c-0647-559f-9d36-ff39a127ba64',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9820bd81-4ccf-51ef-b8b2-8f0146affd79','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('55393048-4526-5677-a13f-871ce594085b','ec438b0c-0647-559f-9d36-ff39a127ba64',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','83914a17-0a1b-5658-9cb2-67bcbd2b4443','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('384dc840-ad8e-5e46-8b33-e37c906652cc','ec438b0c-0647-559f-9d36-ff39a127ba64',3,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a1ed7b4f-053c-5e39-94b2-78c2d99efb40','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b636a94f-4d4d-5eac-9c1d-a730bca7626a','ec438b0c-0647-559f-9d36-ff39a127ba64',4,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','','1766a087-8b20-5dde-b060-bbcf7770134a','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('821643b2-e677-552b-b1e3-3019f7213f23','ec438b0c-0647-559f-9d36-ff39a127ba64',5,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','41b1c015-9325-53bd-94f7-5b246ff4ad11','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('365271d2-064e-58a7-a6fd-29e805929fae','ec438b0c-0647-559f-9d36-ff39a127ba64',6,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b67e95c9-5397-5e9c-b37c-e0851f1751be','ec438b0c-0647-559f-9d36-ff39a127ba64',7,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('687ba266-f978-553d-8625-d6a8fa4dae6d','86b7280e-71db-5570-837e-0bc9345f51d1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','14ffea40-9bfa-534c-8053-915c8612de15','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('87cd7808-f680-5c8c-955f-54c87350cdaa','86b7280e-71db-5570-837e-0bc9345f51d1',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','f50c4311-57ff-5654-9d90-5d256d63efae','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('dd92873c-eaf4-5f18-990d-ad22dd399b5c','86b7280e-71db-5570-837e-0bc9345f51d1',2,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b636a94f-4d4d-5eac-9c1d-a730bca7626a','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('afcc6f7c-5706-5850-a109-46585695bace','86b7280e-71db-5570-837e-0bc9345f51d1',3,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','365271d2-064e-58a7-a6fd-29e805929fae','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d571119b-23c5-58fb-84bb-86102b9421a3','86b7280e-71db-5570-837e-0bc9345f51d1',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','','b67e95c9-5397-5e9c-b37c-e0851f1751be','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('1835a3da-958d-58b2-9782-0501a5800278','86b7280e-71db-5570-837e-0bc9345f51d1',5,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cd42896e-5835-537c-90f4-a3cbf529b876','86b7280e-71db-5570-837e-0bc9345f51d1',6,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('37d9a941-bbe4-5e42-8148-cc2bdc48fa5f','86b7280e-71db-5570-837e-0bc9345f51d1',7,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('e14f5de1-50f5-5268-98bc-403257600123','86b7280e-71db-5570-837e-0bc9345f51d1',8,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('f4eebfab-f98f-5e8c-9f20-9dbdc87009ce','255f784d-1663-5b64-94df-c63d8dbdda24',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','687ba266-f978-553d-8625-d6a8fa4dae6d','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('fec62ff7-3081-5e23-ba74-97360169d4a0','255f784d-1663-5b64-94df-c63d8dbdda24',1,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','d571119b-23c5-58fb-84bb-86102b9421a3','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('1158609c-8f16-58ef-9f2c-69ade282fbf4','255f784d-1663-5b64-94df-c63d8dbdda24',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.','cd42896e-5835-537c-90f4-a3cbf529b876','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('d07fea31-81f8-560b-9297-febed8c876bb','255f784d-1663-5b64-94df-c63d8dbdda24',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('064eeac5-aee8-5014-aaac-a01e3182ea32','255f784d-1663-5b64-94df-c63d8dbdda24',4,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac516a14-2cb8-52f2-ab4b-e760b0a171af','255f784d-1663-5b64-94df-c63d8dbdda24',5,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('eef49dd1-6b98-595b-aa87-da17d7e36dcb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',0,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('0c516aa6-fc3e-50d0-a04a-83724cb64768','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',1,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac4eecf3-7f14-594a-ad71-dd737bcb7fe8','3368faf5-1357-524b-97f1-d330d1a03474',0,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','0c516aa6-fc3e-50d0-a04a-83724cb64768','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('296fcd16-bd83-5e51-80f7-2277ffcff312','3368faf5-1357-524b-97f1-d330d1a03474',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eda863ab-d3d1-5992-ade0-0636c9b79054','3368faf5-1357-524b-97f1-d330d1a03474',2,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('9a331e10-34bc-5f9a-8e06-9253df4123ab','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','eda863ab-d3d1-5992-ade0-0636c9b79054','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d80eb61e-4abf-5e99-8078-04561149a830','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9a331e10-34bc-5f9a-8e06-9253df4123ab','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('046ce9f8-e835-5258-ac53-3cf5649335fb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',0,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1c009a7d-8fb8-50cc-8578-ddc077193c0a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d2a28680-a354-5322-9f33-3be7c43fea8c','c512d777-3ad5-5e4a-bad8-c143d2b2f694',0,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('84cfeb0e-f63b-5964-937a-9a5ab619f448','8574ce93-07e3-5120-9d19-0af086432af2',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('7656c693-e9b8-57fd-9f5b-11905bac5c24','8574ce93-07e3-5120-9d19-0af086432af2',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3da57970-f120-5286-b764-1350f417e10a','8574ce93-07e3-5120-9d19-0af086432af2',2,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1acbadf7-5368-5e06-8252-b8ba07a2f608','8574ce93-07e3-5120-9d19-0af086432af2',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a233ad73-033c-5f65-a875-b7bb2d33e5d6','8574ce93-07e3-5120-9d19-0af086432af2',4,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('bae3daf5-a255-5128-8e0b-aa804dbfe768','8574ce93-07e3-5120-9d19-0af086432af2',5,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d4763e89-8ad7-559a-bb46-89ce5f25b591','8574ce93-07e3-5120-9d19-0af086432af2',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d1341674-d352-59de-bf49-2dc7640929c0','8574ce93-07e3-5120-9d19-0af086432af2',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','8574ce93-07e3-5120-9d19-0af086432af2',8,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3cecf331-498f-5078-957b-92ba3c49f8d1','8574ce93-07e3-5120-9d19-0af086432af2',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('b515cdb8-e1ab-5417-98ef-a11c809abe6b','8574ce93-07e3-5120-9d19-0af086432af2',10,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1b7e6a89-89ff-558b-ba24-f33d7850fd15','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','84cfeb0e-f63b-5964-937a-9a5ab619f448','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('576d2099-00db-57a7-b2dc-291323c75e28','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','7656c693-e9b8-57fd-9f5b-11905bac5c24','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('ef67722f-308b-5f4b-a9b2-fcb4fdbc156b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',2,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a233ad73-033c-5f65-a875-b7bb2d33e5d6','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b64343d3-6a14-5ecc-8409-444a6cdf70c7','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',3,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','bae3daf5-a255-5128-8e0b-aa804dbfe768','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('45f236b2-5de0-56d2-acdb-0a6cd7b33988','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',4,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','d4763e89-8ad7-559a-bb46-89ce5f25b591','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('54c23ddc-9c7e-5afb-aa04-a5d337d44d1b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',5,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('e77d85ee-7fa0-5a0d-9ca8-a01e64cd0af9','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',6,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','3cecf331-498f-5078-957b-92ba3c49f8d1','2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eb3b4537-fea4-5e2c-b515-2b4788641e7f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',7,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('def2cf85-c5af-5587-978f-dbd69b67cfbd','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',8,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('737fbc13-ecd5-5454-a8b6-388f6f23fbca','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',9,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('4af1fbdf-389c-5aa4-9145-96cd0628c84f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',10,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c9ea211-e761-506a-ac27-ebac6f157ce8','c07c4843-6950-558b-9889-04ddf180d6f7',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','576d2099-00db-57a7-b2dc-291323c75e28','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('51e0c2d1-b48c-5dfa-9fb0-afb4cca9ba43','c07c4843-6950-558b-9889-04ddf180d6f7',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b64343d3-6a14-5ecc-8409-444a6cdf70c7','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('741872e5-f393-5cec-8fb4-5c936f0734e7','c07c4843-6950-558b-9889-04ddf180d6f7',2,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','eb3b4537-fea4-5e2c-b515-2b4788641e7f','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('50562cf4-e0f3-55dc-8a38-bde156b40794','c07c4843-6950-558b-9889-04ddf180d6f7',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','737fbc13-ecd5-5454-a8b6-388f6f23fbca','2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','c07c4843-6950-558b-9889-04ddf180d6f7',4,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('ea102d9f-892b-5208-b5e4-fbbe005d53e5','c07c4843-6950-558b-9889-04ddf180d6f7',5,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('c92ee303-ae3a-5019-9405-6d7f94bd48df','c07c4843-6950-558b-9889-04ddf180d6f7',6,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('2f0c7c0d-c590-5373-ac99-0544faddf4cd','c07c4843-6950-558b-9889-04ddf180d6f7',7,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('7cd48434-d3d1-5dd9-b4d1-a03f4d6527b1','c07c4843-6950-558b-9889-04ddf180d6f7',8,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('5645e9ac-36f6-50cc-a01e-0d80ab32d4b1','c07c4843-6950-558b-9889-04ddf180d6f7',9,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('fdf6f840-f7eb-5afd-8382-6bd6a23352fa','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',0,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','50562cf4-e0f3-55dc-8a38-bde156b40794','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c60b360-5223-5229-bdc5-cdce6fa986fd','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',1,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.','cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('90d01dd9-8795-5ecf-ac9c-161cd7aab856','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',2,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('4c8c7b41-0773-5591-b136-ce6301a0e888','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',3,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('47cc078f-185c-507f-a1e3-35330d115f36','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Birgitte Holm','2026-12-22','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
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
INSERT INTO "agreement" VALUES('ce1b037b-691f-5d94-8a64-09faf770f00f','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2025-03-01','Albertslund Kommune','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','18-64 år','F-ACT Nordstjernevej, OPUS H.J. Holstvej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nordstjernevej','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2025-02-15"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2025-02-15"}]','2026-12-04 10:18:32.009631','2025-02-15 09:00:00.000000');
INSERT INTO "agreement" VALUES('4de27b5e-2946-5c80-b8df-d646c1f8a9b7','ea685656-96f2-593e-bce9-0b0a6cbb5390','2024-09-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-08-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-08-18"}]','2026-12-04 10:18:32.009631','2024-08-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('e5e939b4-4484-5ab5-a21e-3fd1633c5b17','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-06-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',40,30,20,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 10:18:32.009631','2026-05-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('07825b07-51eb-5a04-8c77-bce9570fb6b9','c00e4c90-92bb-544e-958f-bbb480731b1f','2024-01-15','Hillerød Kommune','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','18-64 år','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-01-01"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-01-01"}]','2026-12-04 10:18:32.009631','2024-01-01 09:00:00.000000');
INSERT INTO "agreement" VALUES('9ac88850-c37b-5021-bca4-2efa8e8afe64','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-06-01','Tårnby Kommune','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','18-64 år','F-ACT og OPUS, Hans Bogbinders Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 10:18:32.009631','2026-05-18 09:00:00.000000');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0004_roles');
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
INSERT INTO "assessment" VALUES('c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('ec438b0c-0647-559f-9d36-ff39a127ba64','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-05-19','2026-Q2','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('86b7280e-71db-5570-837e-0bc9345f51d1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-08-25','2026-Q3','dk-minimum','1','["Mette S\u00f8rensen", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('255f784d-1663-5b64-94df-c63d8dbdda24','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000','independent','finished',NULL,'2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('7a0e7fc9-d893-5ef3-b898-1c6faaf21862','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-02-17','2026-Q1','dk-minimum','1','["Mette S\u00f8rensen", "Jens \u00d8stergaard"]',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('3368faf5-1357-524b-97f1-d330d1a03474','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000','self','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('10b3c1bd-0c8a-5990-b513-ab96fdfb9672','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000','independent','consensus',NULL,NULL);
INSERT INTO "assessment" VALUES('fbdc0e19-b5ee-513a-bd18-cbfc754874f9','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-02-17','2026-Q1','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('109637b3-3f9f-5c7a-92bb-8644adddd03f','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-05-19','2026-Q2','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Jens \u00d8stergaard"]',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c512d777-3ad5-5e4a-bad8-c143d2b2f694','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('3887911c-b9ba-567d-9584-390eb7984d00','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Aase B\u00f8gh"]',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000','independent','finished',NULL,'2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('8574ce93-07e3-5120-9d19-0af086432af2','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000','independent','finished',NULL,'2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('0d6b679d-a1c6-5765-8748-3ae8c39c6b60','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000','independent','finished',NULL,'2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c07c4843-6950-558b-9889-04ddf180d6f7','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-08-25','2026-Q3','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000','independent','finished',NULL,'2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('8b427fe3-aedf-5c1c-add6-e14b7fa1471e','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000','independent','finished',NULL,'2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','cd32b54c-928f-4d1e-9669-db219a57cb0d','2026-01-05','2026-Q1','dk-minimum','2','["\u00c5se", "\u674e"]',NULL,'2026-12-04 10:18:32.077562','2026-12-04 10:18:32.110715','independent','draft',NULL,NULL);
CREATE TABLE caseload_entry (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	consultant_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	fte FLOAT NOT NULL, 
	ips_cases INTEGER NOT NULL, 
	other_cases INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_caseload_entry PRIMARY KEY (id), 
	CONSTRAINT ck_caseload_entry_fte_range CHECK (fte > 0 AND fte <= 1), 
	CONSTRAINT ck_caseload_entry_cases_nonnegative CHECK (ips_cases >= 0 AND other_cases >= 0), 
	CONSTRAINT fk_caseload_entry_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_caseload_entry_consultant_id_consultant FOREIGN KEY(consultant_id) REFERENCES consultant (id) ON DELETE CASCADE
);
INSERT INTO "caseload_entry" VALUES('2636fff0-665e-41e3-be10-aaec1e4aab32','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','f881df75-e549-4f8a-b002-1188af7ef67d',0,0.8,18,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b515a37b-bcfa-4299-83f7-96442c0bdee6','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','e389199f-e506-4f86-88ce-636bb59d3fe3',1,0.5,8,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('4696df68-67b2-4956-9fa7-cd2c62062853','ec438b0c-0647-559f-9d36-ff39a127ba64','f881df75-e549-4f8a-b002-1188af7ef67d',0,1.0,16,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0eed04cc-c807-44b0-9bb3-79fb4702cd69','ec438b0c-0647-559f-9d36-ff39a127ba64','e389199f-e506-4f86-88ce-636bb59d3fe3',1,1.0,16,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('ba1c6d2c-c110-4878-8d4d-d5155908163a','86b7280e-71db-5570-837e-0bc9345f51d1','f881df75-e549-4f8a-b002-1188af7ef67d',0,0.8,9,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('330a6217-29c5-42e5-9a5b-2aeb8d958519','86b7280e-71db-5570-837e-0bc9345f51d1','e389199f-e506-4f86-88ce-636bb59d3fe3',1,0.8,7,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('ad0947b9-8803-4edd-8a75-8f8ae68a7d54','255f784d-1663-5b64-94df-c63d8dbdda24','f881df75-e549-4f8a-b002-1188af7ef67d',0,1.0,14,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1ed05407-eb35-4871-a6fa-d76204cd586d','255f784d-1663-5b64-94df-c63d8dbdda24','e389199f-e506-4f86-88ce-636bb59d3fe3',1,0.5,8,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('31f4f06b-384b-4ba3-a027-10c1411b44d6','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','919692cf-496a-4ebd-b155-f47eac6e1568',0,1.0,12,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('8c863e83-0c5d-4f93-84b2-1a7312928bd0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','0241633b-f2f5-45b4-b92f-4d192c6360f4',1,0.5,7,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('e85eaf94-2dd8-4e39-99c4-99d594114513','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','f8f2839f-d1f7-4753-baad-fcf90e22219d',2,1.0,10,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('15ede627-a94e-410b-b92d-315cd055d773','3368faf5-1357-524b-97f1-d330d1a03474','919692cf-496a-4ebd-b155-f47eac6e1568',0,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('8f32f395-893f-468c-9a6d-c2f6245aae1a','3368faf5-1357-524b-97f1-d330d1a03474','0241633b-f2f5-45b4-b92f-4d192c6360f4',1,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f7e9d34b-d7b7-4d1d-b415-10f59a1acc9a','3368faf5-1357-524b-97f1-d330d1a03474','f8f2839f-d1f7-4753-baad-fcf90e22219d',2,0.8,12,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('83ab64a3-dbe1-4768-8258-9764151f7d57','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','919692cf-496a-4ebd-b155-f47eac6e1568',0,1.0,14,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0d81b612-ae43-480d-88bb-4fceba20ea8e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','0241633b-f2f5-45b4-b92f-4d192c6360f4',1,0.5,5,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0e1ca67c-ec01-4454-ae10-8a320ce873df','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','f8f2839f-d1f7-4753-baad-fcf90e22219d',2,1.0,18,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('05ea81fd-ac1e-402c-bb13-f331c555409f','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','919692cf-496a-4ebd-b155-f47eac6e1568',0,1.0,11,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('83b94ff8-7a8e-4a18-878f-fadf768be946','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','0241633b-f2f5-45b4-b92f-4d192c6360f4',1,1.0,13,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('56e488af-b0fd-43d2-9751-d817c7099907','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','f8f2839f-d1f7-4753-baad-fcf90e22219d',2,1.0,12,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('36c0a731-03ac-421b-b583-5edc95c88973','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','f4bb9eca-a9c1-4958-b0ed-d95d3383a477',0,0.8,9,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('5d8375fe-644c-451e-b321-12cd7931078e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','074f3d70-49e7-4c44-ba9a-eb7d50afcf9c',1,1.0,13,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b0fcb424-ee41-4b6b-a16d-dd44affd0db4','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','27ae17b6-d8b9-448b-9c02-a728f8f85bc0',2,0.8,6,4,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('6c15010f-4b7e-4d46-958f-927eaa3bc561','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','a8cd05b7-57db-46dc-8cb6-0cedccaa0ac2',3,1.0,18,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('4cc52b53-3a07-4acd-bf03-7274e0052d74','109637b3-3f9f-5c7a-92bb-8644adddd03f','f4bb9eca-a9c1-4958-b0ed-d95d3383a477',0,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('c5826a3f-b0ee-475f-a82f-e51fc0f87ae1','109637b3-3f9f-5c7a-92bb-8644adddd03f','074f3d70-49e7-4c44-ba9a-eb7d50afcf9c',1,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('16bd649a-53c7-48fc-85d4-124a6332b8c7','109637b3-3f9f-5c7a-92bb-8644adddd03f','27ae17b6-d8b9-448b-9c02-a728f8f85bc0',2,1.0,8,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('62a814a9-d710-4ce0-85ad-65fba956b117','109637b3-3f9f-5c7a-92bb-8644adddd03f','a8cd05b7-57db-46dc-8cb6-0cedccaa0ac2',3,0.8,7,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('203215a9-0c9e-4817-b9ef-d7644ac59ae9','c512d777-3ad5-5e4a-bad8-c143d2b2f694','f4bb9eca-a9c1-4958-b0ed-d95d3383a477',0,0.5,4,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9a230bfb-bdce-4a4d-9d42-7f5f71fe58af','c512d777-3ad5-5e4a-bad8-c143d2b2f694','074f3d70-49e7-4c44-ba9a-eb7d50afcf9c',1,1.0,17,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('95e471c6-5728-4883-a88c-c08bd5879bda','c512d777-3ad5-5e4a-bad8-c143d2b2f694','27ae17b6-d8b9-448b-9c02-a728f8f85bc0',2,0.8,11,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a9569456-4561-4dde-b056-0481cbf41532','c512d777-3ad5-5e4a-bad8-c143d2b2f694','a8cd05b7-57db-46dc-8cb6-0cedccaa0ac2',3,0.5,8,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a6948864-7eab-4a5b-ac82-82ebde3f52da','3887911c-b9ba-567d-9584-390eb7984d00','f4bb9eca-a9c1-4958-b0ed-d95d3383a477',0,1.0,11,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('47f19796-bfb5-4d9c-ba0e-21845c97698c','3887911c-b9ba-567d-9584-390eb7984d00','074f3d70-49e7-4c44-ba9a-eb7d50afcf9c',1,0.5,6,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9a1bf694-8581-404b-9171-73fdb69d0ddc','3887911c-b9ba-567d-9584-390eb7984d00','27ae17b6-d8b9-448b-9c02-a728f8f85bc0',2,0.8,9,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b884b591-5d10-42f5-924b-e31c67f2af7a','3887911c-b9ba-567d-9584-390eb7984d00','a8cd05b7-57db-46dc-8cb6-0cedccaa0ac2',3,1.0,17,4,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('7513e654-e629-4b7c-8858-e78284a7c39f','8574ce93-07e3-5120-9d19-0af086432af2','6114dfc2-f4fe-4dca-a336-32b5318dc321',0,1.0,20,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('579a400c-ae05-4614-b0fb-2d49fb55f7ff','8574ce93-07e3-5120-9d19-0af086432af2','43acd548-78a8-412e-999b-4999e1aad0c4',1,0.5,12,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('008ebcda-87c4-4fb2-ac1e-9fef05cc34d8','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','6114dfc2-f4fe-4dca-a336-32b5318dc321',0,0.5,7,10,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a5ba5172-0318-4d19-aa19-11318a27619d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','43acd548-78a8-412e-999b-4999e1aad0c4',1,0.5,11,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('cab52c2e-b7b3-4300-979e-dc9459b460ef','c07c4843-6950-558b-9889-04ddf180d6f7','6114dfc2-f4fe-4dca-a336-32b5318dc321',0,1.0,22,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('13896af1-09fd-47f0-a766-b4c6366e0b57','c07c4843-6950-558b-9889-04ddf180d6f7','43acd548-78a8-412e-999b-4999e1aad0c4',1,1.0,20,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('06ffb076-e4e6-4215-a4d5-a42514f02559','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','6114dfc2-f4fe-4dca-a336-32b5318dc321',0,1.0,15,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1213f4da-9b0b-4707-aec6-8b3185b6c8d2','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','43acd548-78a8-412e-999b-4999e1aad0c4',1,1.0,16,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('acd85c68-bb89-402e-ae58-b9762f3c1882','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','bced79d3-03aa-442f-aace-1912549b53a8',0,0.5,9,1,'2026-12-04 10:18:32.110715');
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
INSERT INTO "consultant" VALUES('f881df75-e549-4f8a-b002-1188af7ef67d','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Birgitte Holm','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('e389199f-e506-4f86-88ce-636bb59d3fe3','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Kasper Løvgren','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('6114dfc2-f4fe-4dca-a336-32b5318dc321','9c58ee23-7594-5ac4-9b99-e3256c80906e','Birgitte Holm','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('43acd548-78a8-412e-999b-4999e1aad0c4','9c58ee23-7594-5ac4-9b99-e3256c80906e','Kasper Løvgren','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('f4bb9eca-a9c1-4958-b0ed-d95d3383a477','c00e4c90-92bb-544e-958f-bbb480731b1f','Birgitte Holm','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('074f3d70-49e7-4c44-ba9a-eb7d50afcf9c','c00e4c90-92bb-544e-958f-bbb480731b1f','Kasper Løvgren','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('27ae17b6-d8b9-448b-9c02-a728f8f85bc0','c00e4c90-92bb-544e-958f-bbb480731b1f','Nanna Friis','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('a8cd05b7-57db-46dc-8cb6-0cedccaa0ac2','c00e4c90-92bb-544e-958f-bbb480731b1f','Ørjan Dahl','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('919692cf-496a-4ebd-b155-f47eac6e1568','ea685656-96f2-593e-bce9-0b0a6cbb5390','Birgitte Holm','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('0241633b-f2f5-45b4-b92f-4d192c6360f4','ea685656-96f2-593e-bce9-0b0a6cbb5390','Kasper Løvgren','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('f8f2839f-d1f7-4753-baad-fcf90e22219d','ea685656-96f2-593e-bce9-0b0a6cbb5390','Nanna Friis','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "consultant" VALUES('bced79d3-03aa-442f-aace-1912549b53a8','cd32b54c-928f-4d1e-9669-db219a57cb0d','Bo Ærø','2026-12-04 10:18:32.116988','2026-12-04 10:18:32.116992');
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
INSERT INTO "history" VALUES('1541e449-f13a-43f8-9404-2f73ac60eca8','2026-12-04 10:18:32.009631','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','assessment','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('69e5c02d-0d7e-47a1-98af-03f9439c0c86','2026-12-04 10:18:32.009631','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','ec438b0c-0647-559f-9d36-ff39a127ba64','assessment','ec438b0c-0647-559f-9d36-ff39a127ba64','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('ef69f1b1-da35-4394-8a98-9b6cf235bbba','2026-12-04 10:18:32.009631','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','86b7280e-71db-5570-837e-0bc9345f51d1','assessment','86b7280e-71db-5570-837e-0bc9345f51d1','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('966b6f2c-96ec-4527-8d15-3b2c291b24cc','2026-12-04 10:18:32.009631','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','255f784d-1663-5b64-94df-c63d8dbdda24','assessment','255f784d-1663-5b64-94df-c63d8dbdda24','','','imported',NULL,'{"state": "finished", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('c1fc44df-aee0-42b3-9b08-8e3be643b774','2026-12-04 10:18:32.009631','ea685656-96f2-593e-bce9-0b0a6cbb5390','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','assessment','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('9891a265-ef44-4867-a4ea-268b568ab383','2026-12-04 10:18:32.009631','ea685656-96f2-593e-bce9-0b0a6cbb5390','3368faf5-1357-524b-97f1-d330d1a03474','assessment','3368faf5-1357-524b-97f1-d330d1a03474','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('545d6c12-a661-4844-a348-9006b9349cf0','2026-12-04 10:18:32.009631','ea685656-96f2-593e-bce9-0b0a6cbb5390','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','assessment','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('e5d6c53b-63d7-44c2-bd55-73613f5e3456','2026-12-04 10:18:32.009631','ea685656-96f2-593e-bce9-0b0a6cbb5390','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','assessment','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','','','imported',NULL,'{"state": "consensus", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('3d7c5b60-6f90-42c2-80eb-aa75e6d419f7','2026-12-04 10:18:32.009631','c00e4c90-92bb-544e-958f-bbb480731b1f','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','assessment','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('0b0c0945-5063-4045-8116-f65eac1942d7','2026-12-04 10:18:32.009631','c00e4c90-92bb-544e-958f-bbb480731b1f','109637b3-3f9f-5c7a-92bb-8644adddd03f','assessment','109637b3-3f9f-5c7a-92bb-8644adddd03f','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('60094d34-2dcf-411e-a289-8fc37eed6717','2026-12-04 10:18:32.009631','c00e4c90-92bb-544e-958f-bbb480731b1f','c512d777-3ad5-5e4a-bad8-c143d2b2f694','assessment','c512d777-3ad5-5e4a-bad8-c143d2b2f694','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('328032ad-301e-4042-8a91-9a90e6e8eaa3','2026-12-04 10:18:32.009631','c00e4c90-92bb-544e-958f-bbb480731b1f','3887911c-b9ba-567d-9584-390eb7984d00','assessment','3887911c-b9ba-567d-9584-390eb7984d00','','','imported',NULL,'{"state": "finished", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('73638985-83a9-4053-85e7-c733caa7c64e','2026-12-04 10:18:32.009631','9c58ee23-7594-5ac4-9b99-e3256c80906e','8574ce93-07e3-5120-9d19-0af086432af2','assessment','8574ce93-07e3-5120-9d19-0af086432af2','','','imported',NULL,'{"state": "finished", "updated_at": "2026-02-17T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('e9109770-4a82-49ff-9120-a1ef730d7556','2026-12-04 10:18:32.009631','9c58ee23-7594-5ac4-9b99-e3256c80906e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','assessment','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','','','imported',NULL,'{"state": "finished", "updated_at": "2026-05-19T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('622967e5-532a-47db-ad3b-ed52eaceed30','2026-12-04 10:18:32.009631','9c58ee23-7594-5ac4-9b99-e3256c80906e','c07c4843-6950-558b-9889-04ddf180d6f7','assessment','c07c4843-6950-558b-9889-04ddf180d6f7','','','imported',NULL,'{"state": "finished", "updated_at": "2026-08-25T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('5070a30c-3bbe-4dcf-bc9a-26acbb34b55f','2026-12-04 10:18:32.009631','9c58ee23-7594-5ac4-9b99-e3256c80906e','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','assessment','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','','','imported',NULL,'{"state": "finished", "updated_at": "2026-11-10T15:00:00+00:00"}','','root',NULL);
INSERT INTO "history" VALUES('5cfcd997-11aa-40c5-b09d-ed032b88c0f2','2026-12-04 10:18:32.053968','cd32b54c-928f-4d1e-9669-db219a57cb0d',NULL,'team','cd32b54c-928f-4d1e-9669-db219a57cb0d','','','name',NULL,'"IPS \"Ø\" ''test''"','','root',NULL);
INSERT INTO "history" VALUES('470ed3ef-eb91-42c6-9078-c23e4e2ba8de','2026-12-04 10:18:32.053968','cd32b54c-928f-4d1e-9669-db219a57cb0d',NULL,'team','cd32b54c-928f-4d1e-9669-db219a57cb0d','','','municipality',NULL,'"Aabenraa"','','root',NULL);
INSERT INTO "history" VALUES('4d4b39fe-d345-4a67-8bc4-5b6dc40298da','2026-12-04 10:18:32.053968','cd32b54c-928f-4d1e-9669-db219a57cb0d',NULL,'team','cd32b54c-928f-4d1e-9669-db219a57cb0d','','','psychiatry',NULL,'"Psykiatrien Syd"','','root',NULL);
INSERT INTO "history" VALUES('5edf6f85-ea94-4258-a850-2d02f4f90400','2026-12-04 10:18:32.053968','cd32b54c-928f-4d1e-9669-db219a57cb0d',NULL,'team','cd32b54c-928f-4d1e-9669-db219a57cb0d','','','clinics',NULL,'"a\nb"','','root',NULL);
INSERT INTO "history" VALUES('e6d1c510-bb6e-4c60-9e7b-4f51b88b3ebd','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','date',NULL,'"2026-01-05"','','root',NULL);
INSERT INTO "history" VALUES('1be77fe9-b66b-40d2-bd0e-1e3594fee83b','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','period',NULL,'"2026-Q1"','','root',NULL);
INSERT INTO "history" VALUES('31cd177d-231d-4310-88cc-69cd6e887805','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','reviewers',NULL,'["Åse", "李"]','','root',NULL);
INSERT INTO "history" VALUES('06fd2c41-f1d8-409f-9a0f-79681ef20fe2','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','kind',NULL,'"independent"','','root',NULL);
INSERT INTO "history" VALUES('db5ae734-d858-41e2-b0af-b927e92dda25','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','state',NULL,NULL,'','root',NULL);
INSERT INTO "history" VALUES('4bb94abf-7f39-4325-adce-7fa0508c59cd','2026-12-04 10:18:32.071626','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','assessment','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','caseload_unavailable',NULL,NULL,'','root',NULL);
INSERT INTO "history" VALUES('8639a30a-0451-46f9-ad63-089c9bc6af5c','2026-12-04 10:18:32.087713','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','rating','','P1.1','','rating',NULL,'"met"','','root',NULL);
INSERT INTO "history" VALUES('66a04a1c-061d-45d6-8b29-dd15dbae8e33','2026-12-04 10:18:32.087713','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','rating','','P1.1','','note',NULL,'"linje 1\nlinje 2 \"citat\""','','root',NULL);
INSERT INTO "history" VALUES('3d82a61b-cc0f-4ff2-8803-9a55aaffad6f','2026-12-04 10:18:32.117621','cd32b54c-928f-4d1e-9669-db219a57cb0d','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','caseload','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','','','entries','[]','[{"consultant": "Bo Ærø", "fte": 0.5, "ips_cases": 9, "other_cases": 1}]','','root',NULL);
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
INSERT INTO "outcome" VALUES('20779627-9502-421e-b625-96540ec6ad47','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',26,11,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('ebe04163-0bb8-4663-b95d-e63aa5d82b9d','ec438b0c-0647-559f-9d36-ff39a127ba64',32,14,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('e24b927b-5b06-4037-9464-b389d3272b9b','86b7280e-71db-5570-837e-0bc9345f51d1',16,7,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('6b0ce8cc-c570-4dfa-b9cd-5d2dafeb1a13','255f784d-1663-5b64-94df-c63d8dbdda24',22,10,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('fdc998ac-b4a5-4c00-b3b5-120ef53a994e','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',29,13,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('7ba4062f-411f-4c61-bf3c-692e938f7c21','3368faf5-1357-524b-97f1-d330d1a03474',30,15,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('128ddf58-4034-4d08-b7e7-2d4084e7f77c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',37,21,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('473ac992-717e-488f-ae50-5feec2b878fb','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',36,20,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('f4f6d2fa-fc82-4b3e-8019-461fe4a473f5','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',46,22,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('48628db1-58fb-4580-bce9-6e941b61c162','109637b3-3f9f-5c7a-92bb-8644adddd03f',45,26,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('6e0a2ae9-eb98-4861-8c69-b5b2e3418ab8','c512d777-3ad5-5e4a-bad8-c143d2b2f694',40,23,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('33b6f4dd-2149-43e4-bb75-fea5320f40f6','3887911c-b9ba-567d-9584-390eb7984d00',43,23,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('4e90d503-887e-4715-aed5-8689759f312d','8574ce93-07e3-5120-9d19-0af086432af2',32,12,'2026-12-04 10:18:32.009631','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('8b048418-785e-4f34-a8bd-2e257ef9bd84','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',18,8,'2026-12-04 10:18:32.009631','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('865b3158-bc39-49bd-9490-ace3f3df1078','c07c4843-6950-558b-9889-04ddf180d6f7',42,15,'2026-12-04 10:18:32.009631','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('51d39c85-a240-444d-bd4f-08c568517596','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',31,13,'2026-12-04 10:18:32.009631','2026-11-10 15:00:00.000000');
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
INSERT INTO "rating" VALUES('6a813cfb-e9fe-4f32-a6de-6293ee84f117','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ef78d672-816b-458a-923a-acf9747453ce','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3f55147c-c6a9-4f2b-9177-f3123aaf77a5','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.1','P2','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e130b0a3-f3fd-4add-8839-575c0c15a8eb','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9bcb9566-404a-48e8-955b-4233f1574471','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('26d5ce92-e13b-436d-b2c8-6d03fe3bfb60','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4bc65ad9-e517-4eeb-9329-7d2f0e99258d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5488acec-a99e-4819-90c4-f089bbe69217','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6b34ac3a-a58a-4150-9a10-a8c03cdac2ab','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('38ef8f32-9047-4025-afec-582b30159a45','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c3e414bd-afd8-45ff-b87e-c604005eaf8f','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ca85c546-d720-4fb9-b8cf-5c288f0f7a23','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('940ab032-af20-4d53-abcc-f5b721f3cd62','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.1','P8','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e716cdb8-6009-4711-ae7a-fd3d05dbb312','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('73fbb880-e94b-40f5-8438-6169bbb9f2bf','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('6cef3ce6-d55d-43ab-9684-aa82fb68174f','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('02e8d902-dc24-4c9f-8800-9f7bdc9953fb','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.1','P2','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('98e711c8-d70d-4262-a69d-bdbb3f60b5cc','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.2','P2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8b50e5c9-5746-4d35-a673-0518640a37a5','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('60076bab-5398-4044-a531-5ce71439c9bd','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.2','P3','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f59b6ea1-4da1-470d-a5c0-9d8b6a6d98a4','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.3','P3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e1550b5b-b52f-4b2d-80f3-aa3f35f47ed0','ec438b0c-0647-559f-9d36-ff39a127ba64','P4.1','P4','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7044a4ff-a81b-4d5f-941a-fa58a5d08900','ec438b0c-0647-559f-9d36-ff39a127ba64','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8e26e9ad-0361-4aab-bd5d-0acccc9d793d','ec438b0c-0647-559f-9d36-ff39a127ba64','P6.1','P6','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('db2b9afb-e0e6-4d39-888c-3de84f6c69e0','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('970b4d4e-8c70-4138-ab57-817dbf5c9abd','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ced3dbab-8d57-47ef-b6d4-18ab26bef4e4','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8b4392e8-c61d-4a87-a615-50ab0de1e85f','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.2','P8','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('865796e4-4cbb-4d6c-8f56-3940d4f99b92','86b7280e-71db-5570-837e-0bc9345f51d1','P1.1','P1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fe9df889-0128-4565-bc25-1970122bdc3e','86b7280e-71db-5570-837e-0bc9345f51d1','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('8cfd4b27-2282-4301-9b68-bc278e086178','86b7280e-71db-5570-837e-0bc9345f51d1','P2.1','P2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5936a838-daee-49e8-b170-f362de06b86b','86b7280e-71db-5570-837e-0bc9345f51d1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f4bfd97e-1ee7-4b4f-8c07-78eb3138e651','86b7280e-71db-5570-837e-0bc9345f51d1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b59a8701-8baf-4a7f-a2b4-2d8670cd6e31','86b7280e-71db-5570-837e-0bc9345f51d1','P3.2','P3','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5af40c67-1343-4728-b612-a8da4f43c9d8','86b7280e-71db-5570-837e-0bc9345f51d1','P3.3','P3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ad3d01d0-a0db-4b0a-82ab-224cf897bfd3','86b7280e-71db-5570-837e-0bc9345f51d1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('87969a7f-2b58-43eb-91d0-f249e268bd8c','86b7280e-71db-5570-837e-0bc9345f51d1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ce8c2660-4ec2-4e32-8782-985b5da23c1c','86b7280e-71db-5570-837e-0bc9345f51d1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5411bfca-271b-49ec-804e-6a92e29c738d','86b7280e-71db-5570-837e-0bc9345f51d1','P7.1','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('445750e2-02b1-44ba-8a2f-b150f2162373','86b7280e-71db-5570-837e-0bc9345f51d1','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b80fa449-330c-4d2b-9352-bb801227af0d','86b7280e-71db-5570-837e-0bc9345f51d1','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ecf48c1b-8490-4f8d-83c9-f48faff6276b','86b7280e-71db-5570-837e-0bc9345f51d1','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b3ff8362-17a4-4263-b473-df0b0e04e1e1','255f784d-1663-5b64-94df-c63d8dbdda24','P1.1','P1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('857d125c-743a-489d-8a42-cb267052c599','255f784d-1663-5b64-94df-c63d8dbdda24','P1.2','P1','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7d1a1f16-1643-4379-8ca3-6e32b1a57ad8','255f784d-1663-5b64-94df-c63d8dbdda24','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a479516f-2a65-4535-aedb-d3db89a06f38','255f784d-1663-5b64-94df-c63d8dbdda24','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2503b9d8-d98b-4092-9ac5-9bfdc08abe3b','255f784d-1663-5b64-94df-c63d8dbdda24','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a2bd254d-ad4e-497a-9ddc-1f1a4e680861','255f784d-1663-5b64-94df-c63d8dbdda24','P3.2','P3','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('cbc85d06-1196-4131-b67d-e579cd3a46b5','255f784d-1663-5b64-94df-c63d8dbdda24','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('02a87ed1-bf4b-493b-91b7-7b4601e45045','255f784d-1663-5b64-94df-c63d8dbdda24','P4.1','P4','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('cbb309c2-b909-493b-9c10-d04b3391e803','255f784d-1663-5b64-94df-c63d8dbdda24','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7cdf57ef-d9e7-4000-921b-a99f87f3de11','255f784d-1663-5b64-94df-c63d8dbdda24','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e8605d6a-7a7f-4d61-8cea-03897a06a047','255f784d-1663-5b64-94df-c63d8dbdda24','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dcc96b69-84f7-4886-a4cd-c4c7a41a02f3','255f784d-1663-5b64-94df-c63d8dbdda24','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6dd4c145-34ba-4f83-b51a-849568e7c28a','255f784d-1663-5b64-94df-c63d8dbdda24','P8.1','P8','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8178b798-d6b2-45b9-b312-eb01d3db6166','255f784d-1663-5b64-94df-c63d8dbdda24','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2b838bd3-f9dd-42be-977b-66f29207e03a','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.1','P1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('f24a320a-8bd8-46e0-a421-b25362b5c8c8','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('f3bc6d81-50e7-4906-864d-df3ab25ce3ed','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.1','P2','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6e925fae-d343-4ea6-b3e5-4000435765a0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('fb8f3e85-9be0-45b3-bd56-e6e1d623131b','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.1','P3','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8e4b91c2-099b-4f72-866c-a7d7ea86f13d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.2','P3','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('524d32a9-cae6-4640-8dba-4d7cedcf9fa8','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.3','P3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('0157270e-1245-45b2-8d57-07fdf2119129','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P4.1','P4','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e7b349c2-8eec-44e4-9373-b9d9133873ff','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b1f696e2-8821-48a0-8a17-b543ae541c1c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P6.1','P6','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('37f3859d-b114-4dc9-a1c2-4c066b0ca312','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.1','P7','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3e2f0fcf-a708-43e0-a7fc-e1047c2ff5e3','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8d5f9c8c-5624-4ffe-9471-3a8a2f971f40','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.1','P8','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c2e630f5-1efe-42b1-bbf8-abce1a4c19ed','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.2','P8','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2b883ddc-4824-4dd1-91a3-3660246f24aa','3368faf5-1357-524b-97f1-d330d1a03474','P1.1','P1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3f39ca80-8319-4af5-9e14-bafb7445e7a6','3368faf5-1357-524b-97f1-d330d1a03474','P1.2','P1','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7267ad93-a4fc-498d-b209-4d97fb9cf4b9','3368faf5-1357-524b-97f1-d330d1a03474','P2.1','P2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d0bb2982-7eb3-4f8c-9138-bd019904b6cb','3368faf5-1357-524b-97f1-d330d1a03474','P2.2','P2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c7f96a33-f306-4007-932a-fd8db88b0f71','3368faf5-1357-524b-97f1-d330d1a03474','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('61d1e4a6-0516-4852-9ca5-db9b34adabd7','3368faf5-1357-524b-97f1-d330d1a03474','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7c1b9d59-46ea-4b87-a76a-206ac61e7f58','3368faf5-1357-524b-97f1-d330d1a03474','P3.3','P3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ad4ba4de-2c66-4f3a-b89a-ce31bd803241','3368faf5-1357-524b-97f1-d330d1a03474','P4.1','P4','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('84e6a37e-83d3-4a21-a4a1-d3b6ff867660','3368faf5-1357-524b-97f1-d330d1a03474','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('20a2bc46-c573-4e24-a503-29ce440198e0','3368faf5-1357-524b-97f1-d330d1a03474','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('2b68c0fb-56f2-4d43-94f3-3ed1a2a81abc','3368faf5-1357-524b-97f1-d330d1a03474','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3438f644-1095-4d1d-aa54-a27ad25f6042','3368faf5-1357-524b-97f1-d330d1a03474','P7.2','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9b5d3cdd-80a6-4460-a004-5489bbc7f88f','3368faf5-1357-524b-97f1-d330d1a03474','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('36308b3c-fa39-44b3-91c4-f1496946740a','3368faf5-1357-524b-97f1-d330d1a03474','P8.2','P8','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d0c3134a-d772-4184-8182-f64cdfb6720d','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('41bff3b8-d7d9-4470-82a0-411559a3cfd1','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1f41eed5-3a87-4f93-9acc-bbaf4c006b33','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.1','P2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('e1c8030f-7810-4405-bde8-f13465099a71','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('57c8ac10-2745-4bc2-b81a-c8f28e0b73ef','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.1','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('07a9f635-b9f2-4d59-81da-bfcbe0427f42','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.2','P3','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7b83be32-7444-4bb5-8bad-f8a3bf38dbb0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.3','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('910e1776-7587-4952-98cc-2ff9053c673e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('922302d4-ed9b-42e0-bf29-a66dfed67f67','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P5.1','P5','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0e9b5135-0c0d-4b7c-bd32-b2d0248c53b6','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P6.1','P6','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9c705292-2c46-4852-a026-660e6c11c624','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('e5f178bf-1b97-4cc8-85ff-0818a24b5a7a','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('cf7405ad-13ba-4c9a-92a3-580262e8c71d','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9531630a-3cd5-4339-8e3e-006acea6b872','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.2','P8','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('489b0e88-dd61-4392-8b5a-df34de0bf84d','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.1','P1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d9ab12f2-313a-49f7-9e1c-409d84927234','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.2','P1','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4dc272c2-13b4-4b8d-aa73-389df8357264','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.1','P2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('30b9e90a-773b-4be8-b7db-b8dcaf9bec94','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a710052e-dee0-44ec-ab0f-3e3e21bebe98','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.1','P3','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1abbd863-5cb7-4632-8c20-24a85130f36c','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.2','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e11c6647-bece-4e31-b30a-90783ab3e112','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('decf286a-f011-4eeb-bdf0-3eb1eb4ac410','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('c0e6e423-b5d6-4b4f-b357-6fc2fa79babd','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P5.1','P5','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('167ee77b-ba6a-48b5-b97c-67c018d37faa','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P6.1','P6','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f49f6eba-159c-4c01-b83c-4889d3b914af','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('c20d347c-d83d-49e1-aa11-1ad5886c09ba','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3aa326c1-7e66-41c3-a692-c72da6d9d80b','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('10a984e7-5b9c-40e0-8986-ab055f7dc760','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.2','P8','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('42873e33-4dc5-414b-9d1b-6841551d990b','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.1','P1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('72a9dcd1-463d-46a6-a56a-3be3782b78ce','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.2','P1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e06b650f-9ea3-4ea2-afe3-1f6dd2fcc77b','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.1','P2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6d6c3636-cf49-476e-b09a-60a7215a7622','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.2','P2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c2f74ae5-0a44-4f06-b6d5-edc3dade02ab','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.1','P3','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a685ef2c-e269-43a7-bb0a-ec9ed18fe9ee','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('7bcde4d9-57c4-47a1-a044-a97eea791d04','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.3','P3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9cdb5ed9-c1e6-460d-8f19-6ac2147bf2da','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P4.1','P4','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b22eeb4d-bb7f-4fb3-bfbb-2594a25819d6','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P5.1','P5','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('fe605680-bd10-4516-ab63-0b0b8869a1b0','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P6.1','P6','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3d7c91ab-39f4-445e-8dfe-431cfb73c94c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.1','P7','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c8cc5f68-62f3-4132-8fa9-37c8f40191d6','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ea2ee332-8f3e-4c3c-a843-d4a57cf2b1bb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.1','P8','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a864f72c-3ac5-4a04-a44d-617efdaaf497','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.2','P8','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5bcac6f4-a736-42b1-9194-df8f45bfd565','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.1','P1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('abb738b8-8b39-4ec2-8e1d-d107051d169b','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.2','P1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('30760baf-9bc2-4069-87c1-6c4b8e62bc9a','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.1','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d596f6e8-0a9c-44cb-88b7-4d3723e1902d','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.2','P2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0a58c114-a1f5-4cef-a126-49d2699c3161','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d674e8a3-0044-4fb0-85d7-620cc05dd35e','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.2','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d73ddb4c-2952-49bc-9d40-549c70432a29','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.3','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('52b109e1-2ca4-4393-9cd0-078c59b14c16','109637b3-3f9f-5c7a-92bb-8644adddd03f','P4.1','P4','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1a3d12cb-015c-45c5-90da-fb1f78cd3434','109637b3-3f9f-5c7a-92bb-8644adddd03f','P5.1','P5','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9bb2f762-b9f9-42b3-ba73-1c0d894312d7','109637b3-3f9f-5c7a-92bb-8644adddd03f','P6.1','P6','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cfdeb4d3-2dbc-467e-989b-ccabf547fff5','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.1','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('678f02c6-8512-4126-8058-fcdbabcce49a','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.2','P7','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('08ce3da0-a349-4a1e-a0ce-121901e415c1','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cc8c0920-5f0b-410c-81c2-341c400cdbfc','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.2','P8','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e79a1f65-8832-4b29-96dd-39724411174a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.1','P1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9ef9ea3e-df7e-4360-bff3-5bb7bc2325d1','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.2','P1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7a48665c-dffe-4da2-a65e-e7fe5b60be47','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.1','P2','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2f2d9b65-4402-43b8-ad94-258400190c29','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('da2330c0-8870-4dc4-ac01-ca598291a1e8','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.1','P3','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5d41ce6f-bdd7-4237-a36e-d810bd38d96e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.2','P3','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6e12a9db-144f-420f-b40c-a0e87d54e395','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.3','P3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('88f3043b-6dbf-4ed9-8952-28294bad9227','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4bf7adc5-6fa3-4e0f-b146-d03aa30d981d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P5.1','P5','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('cc2d0379-e087-4961-adc0-7d7b8b8765b4','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P6.1','P6','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ca3a75e8-d11c-4b70-8268-f529b0d959e6','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.1','P7','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7492dbe9-b9db-41a6-96c5-d4ccb08185f5','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('eff547db-562b-418d-b91c-d62c89300e1f','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b04f5039-45a7-4409-a845-4081e822b163','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.2','P8','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('14c43315-f51f-4ad6-adae-ec7ce14104e2','3887911c-b9ba-567d-9584-390eb7984d00','P1.1','P1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('05215245-d818-4c1c-8f68-03f12f659328','3887911c-b9ba-567d-9584-390eb7984d00','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('735dbbfc-a7fd-4fb2-a7ff-d1aaaad50e7b','3887911c-b9ba-567d-9584-390eb7984d00','P2.1','P2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('bc719b4a-099d-415d-9c60-c0913d251b62','3887911c-b9ba-567d-9584-390eb7984d00','P2.2','P2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6ea0970a-47df-4836-9bf9-e93b6768865b','3887911c-b9ba-567d-9584-390eb7984d00','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('aa75c218-0d09-44d5-9e6d-ae7c6883b060','3887911c-b9ba-567d-9584-390eb7984d00','P3.2','P3','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('02075962-9a80-4eac-af8e-1710984785c7','3887911c-b9ba-567d-9584-390eb7984d00','P3.3','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('62b617cf-ec67-4d92-bc94-970f266805ce','3887911c-b9ba-567d-9584-390eb7984d00','P4.1','P4','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8cbf46e2-bb7b-4b3d-ae77-e64cb43040cf','3887911c-b9ba-567d-9584-390eb7984d00','P5.1','P5','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9bfe6de3-5881-41da-bba8-076df5f969bc','3887911c-b9ba-567d-9584-390eb7984d00','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3442828d-e901-4fa3-971c-064362aa6822','3887911c-b9ba-567d-9584-390eb7984d00','P7.1','P7','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('69fe7487-a5a0-40dd-897e-542a3d21d319','3887911c-b9ba-567d-9584-390eb7984d00','P7.2','P7','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('86e18981-fabd-400e-a756-3e74de2e1045','3887911c-b9ba-567d-9584-390eb7984d00','P8.1','P8','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ae315eba-0e92-4489-a482-16b569bba16a','3887911c-b9ba-567d-9584-390eb7984d00','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('15160307-07f9-4ff7-82f3-6472e81f562a','8574ce93-07e3-5120-9d19-0af086432af2','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ab7c0631-5df0-4f94-bb90-32139103c24b','8574ce93-07e3-5120-9d19-0af086432af2','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6fbe4a4b-d913-4cff-9581-9c4f51e66b9c','8574ce93-07e3-5120-9d19-0af086432af2','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ad6ed0af-e274-4b4a-9997-ad6206ebedac','8574ce93-07e3-5120-9d19-0af086432af2','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('fe6815ee-e110-492c-97aa-7166752590f3','8574ce93-07e3-5120-9d19-0af086432af2','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9efbac0e-a071-492b-b1e0-47c242bfbcba','8574ce93-07e3-5120-9d19-0af086432af2','P3.2','P3','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5d324a0a-293e-4d30-a548-6f6e3377616f','8574ce93-07e3-5120-9d19-0af086432af2','P3.3','P3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2498653e-296a-48e2-a008-eff3ba673328','8574ce93-07e3-5120-9d19-0af086432af2','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b17dad8b-805a-4406-8495-7e70a6749732','8574ce93-07e3-5120-9d19-0af086432af2','P5.1','P5','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ac103c02-7440-494d-ba9d-f7c06a443c75','8574ce93-07e3-5120-9d19-0af086432af2','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a80cb2a5-11e6-4d34-a7d5-ab04af2be2bb','8574ce93-07e3-5120-9d19-0af086432af2','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9016238b-f937-4738-bf44-f521d2c61dce','8574ce93-07e3-5120-9d19-0af086432af2','P7.2','P7','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('137f0c4f-27e9-49f2-b889-edb2ab7f52f0','8574ce93-07e3-5120-9d19-0af086432af2','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6d463870-acc5-42ab-bbd4-8b66e9a69323','8574ce93-07e3-5120-9d19-0af086432af2','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('723bb071-952a-47e4-80a3-9c97095a093d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('408b9d9a-7709-4ba4-a3af-23e22f90ff93','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b9fa1b6c-c7cd-4cd7-81c5-18db9f5c6d68','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.1','P2','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('75114a52-76a9-4b94-82d9-d88480e8ad12','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('57a9d545-7d89-4429-80e3-460beb74ffb1','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4d2980fc-b5a8-4b3b-954a-1acba5d7316e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('84ca06b7-4ea4-498e-8602-1d654c270531','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d62dacf4-51d2-41bd-9a7e-72d7ff0be92f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('094b1de5-cf5d-4b18-95c5-432e5b33f601','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('700ab8ae-0a45-4dc0-a7a8-174105534e52','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0a8462e4-39a0-42ba-94b5-c6989a5b8282','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0b255f8d-925b-43b8-a3a0-bfc52ab66755','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('256e9920-f527-41b0-8882-6f95826508e4','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.1','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('59b44ba3-7185-4216-b9bb-74b92a554908','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8ae3928e-ee14-4852-af94-38a9c71c0b09','c07c4843-6950-558b-9889-04ddf180d6f7','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f7a11e5e-51c1-45e5-b536-9fb28706aebd','c07c4843-6950-558b-9889-04ddf180d6f7','P1.2','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('233d624e-2869-4dca-a114-9baa85394487','c07c4843-6950-558b-9889-04ddf180d6f7','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6e2d7e0c-ed5e-4137-a709-f517b4a2a4dc','c07c4843-6950-558b-9889-04ddf180d6f7','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b5d8b746-1cee-4639-8a2d-dd644c0a8af3','c07c4843-6950-558b-9889-04ddf180d6f7','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('3236555f-aa09-47be-94e5-c9d5e56c1873','c07c4843-6950-558b-9889-04ddf180d6f7','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('81c904f6-fdc9-4152-96c3-129b8bb2004b','c07c4843-6950-558b-9889-04ddf180d6f7','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('dfdf5143-1265-4e06-9e25-49c30fe12e13','c07c4843-6950-558b-9889-04ddf180d6f7','P4.1','P4','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('422833d7-d1fa-4af0-8c68-9346d2a68250','c07c4843-6950-558b-9889-04ddf180d6f7','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fd13683f-f2ee-4ea5-8ad1-d339d7389cc1','c07c4843-6950-558b-9889-04ddf180d6f7','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6c89dcbd-a708-485d-891b-afa2fc0fc4a9','c07c4843-6950-558b-9889-04ddf180d6f7','P7.1','P7','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('bbd86db3-9484-49d7-9fe2-49789aafca5f','c07c4843-6950-558b-9889-04ddf180d6f7','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('d02dbba2-33c7-4d89-95f8-9e7e924b49a9','c07c4843-6950-558b-9889-04ddf180d6f7','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5ece86b7-6544-479b-b43e-dbc62a56b198','c07c4843-6950-558b-9889-04ddf180d6f7','P8.2','P8','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('e09a0b1a-af4c-421c-893f-a19c438d2ba4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.1','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f27690f6-647d-47e9-925a-b7f9be48bff6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.2','P1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9c80f108-a924-4327-81f2-b9aba1f46b1a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7d7b1919-7112-41cb-8fb8-d1275edbe4cf','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5edb17f8-70ce-4246-bec0-ea61a71370f6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ea300a56-e7d4-4b0b-84fa-43ddebc8c89a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.2','P3','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('436b7442-0e1d-43df-909c-fcb7cc295ffe','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('43cea8d4-d7d9-43d8-acbc-bc5be2c9c8f8','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P4.1','P4','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('fceaedba-6be2-4d07-9481-f0d598790399','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dbeec2dc-62db-43f9-bb32-6f15ef204f68','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P6.1','P6','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('256fb68c-d0c5-4a20-bafb-811c5cb635d7','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3eea412d-692c-4422-b2f2-5def9305319e','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5532b8bd-638d-4bed-aefd-b4b4f83f4546','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.1','P8','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a10812b8-cbe0-4fc5-b0cf-e6481a1d81af','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.2','P8','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a6369308-6eb6-4255-a865-e46167d02724','8f72b8e7-a2c6-4f5f-b755-73ef7b87f749','P1.1','P1','met','linje 1
linje 2 "citat"','[]','2026-12-04 10:18:32.087567');
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
INSERT INTO "reopening" VALUES('f8f63b84-208d-4cd7-b0e8-52926875ccec','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Caseload rettet efter ny opgørelse fra teamlederen','Jens Østergaard','','2026-08-25 12:00:00.000000');
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
INSERT INTO "reviewer_rating" VALUES('a2e143d1-62e8-4b9b-b581-fc98477b3586','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P1.1','met','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c0ea473b-a600-49b2-894c-5e6313084cf8','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P1.2','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('69dc3ead-bc48-47fe-9e4e-16dcace03a71','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P2.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6716ad1b-a93c-4e96-af3d-8347460e4da7','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P2.2','partial','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b129b521-4380-4cad-a2d8-884c657b9ce7','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('948d8c04-1313-4e4f-bafd-dec3994ff614','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.2','not_met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d3d187d2-83ce-4ac5-95f8-5ccb1e60d9e8','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P3.3','not_met','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89ee9b72-34a7-4860-90cd-198b8a31c1aa','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P4.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('91c750d3-c89d-4b40-9a79-88dad110aaf3','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P5.1','partial','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4d7d0c0b-4a56-4a5b-8e60-09a14087c9dc','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P6.1','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dee080db-c060-4962-b805-448e61adc01d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P7.1','partial','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a4d4903a-9ede-40b2-a922-659567dbe900','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P7.2','partial','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b6b14ccc-3215-43f5-8b30-9d6049a01308','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P8.1','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e2efb440-16c1-45fa-b617-9940744ad91a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','P8.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c4efed55-caea-4a54-8009-ffdb9b2f82f4','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P1.1','met','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ab4cb08a-e2a2-4c55-b72d-3afd42517465','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P1.2','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('65c34ecf-97a3-473b-b493-0e8d7f44dc34','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P2.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('330d8751-adaa-4e42-92b6-30eb4f739e88','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P2.2','partial','','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('517fff42-7bf0-4470-b197-f1e9fdf36d0d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d2959d17-8cb2-4cfa-9ce4-df60b83af76d','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.2','not_met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a688acf8-33fe-418c-b037-8df91e09b424','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P3.3','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5e1f522b-73e4-4e2f-87f6-c3a9e061396c','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P4.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('05b3033f-f904-4b49-a8de-735cbc59233a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P5.1','partial','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9338ca22-eb5d-4aa5-b1eb-08cfd9cc4415','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P6.1','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6ec2c176-3633-4a66-9746-6f4d8a45feab','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P7.1','partial','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b9c54b29-12a2-453a-99f5-1f2f6d48dfa4','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P7.2','partial','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('52bd8457-c1a8-4c46-a168-f5179fb43895','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P8.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f82d0b08-b472-437b-ae61-6ad3eff52648','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','P8.2','met','Vurderet anderledes før drøftelsen','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('12ce18f8-0a44-424e-8fd4-c0082327858c','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P1.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cf33031f-d455-4c14-8d04-d36d2a172736','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P1.2','partial','','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('55d2ab72-fede-4dc8-871b-cfd02d88f526','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P2.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c92f7cb0-0410-4936-9f88-b88a634fc8ed','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P2.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('00a4532f-0104-4550-a9b5-c44971977fc5','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('598aba0a-bba0-4c28-95cb-7b5d833a8817','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.2','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('52d272bf-972e-408b-9687-331540fcffb3','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P3.3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6836492e-8eb8-4d8b-bd33-3a1a4f3f1716','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P4.1','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('01c7d4f1-91d4-4ced-bbcc-88a9013cbd94','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P5.1','not_met','','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ba9d8daf-6f13-47e5-8e36-e11d01167caf','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P6.1','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('710578fc-7650-4771-9285-441577537478','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P7.1','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('633f0c37-5660-4362-aae4-fb046161fc8a','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P7.2','partial','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('33ad6b8f-6061-4849-9794-73602403ab3e','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8e258fe3-9ca0-4fab-88ee-0bf50329d678','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','P8.2','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('894ec8a7-f91f-4bb2-ab8f-3528d055bfd8','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P1.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90570af2-12c3-4c12-b10c-5d8ee7d88491','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P1.2','met','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5574776b-14a3-4835-8c5d-db592f2fa685','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P2.1','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('730926bd-598a-429f-b7d6-0719f27b51e1','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P2.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c17c29fd-3028-4f15-a7f8-7da9b30354fc','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('76081b89-b6c1-4877-aae4-1e45c3f39275','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.2','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('962495a0-8104-4a2d-ad85-1b48f2e6e66a','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P3.3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89da38c2-4551-4441-b4fc-3bf462a9591c','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P4.1','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b5c14791-dc46-4614-9691-60bebda25dde','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P5.1','not_met','','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('599ee700-3dc7-4d98-8424-180ac76bb0b9','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P6.1','partial','Vurderet anderledes før drøftelsen','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d0dacabc-4b64-4c20-be42-6736b0bcca0f','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P7.1','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4b9b45db-cb76-4883-93ca-bc8878342139','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P7.2','partial','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('99ef0c42-daad-4b9a-85f3-343e91ab2990','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0b844e35-405a-4b8c-93b9-34d561394e97','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','P8.2','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a7e4d228-371a-4680-b011-0d04f80f304d','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P1.1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('debcb2b3-d21f-4cef-928c-c562ca681790','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P1.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1b242caf-c80b-4bef-ab90-4d50865e4d27','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P2.1','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f8206297-6420-4b24-9b8a-3d2aa7371969','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P2.2','partial','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f714bdc7-369d-429f-9a47-5552359ce709','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.1','met','','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b722f017-0189-4449-acaa-7cd3e4be25f2','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.2','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0df01ddc-7222-4aa2-a243-0b4d5d9694d1','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P3.3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('817d9b8d-e901-4d5f-9a32-82282dcc448c','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P4.1','not_met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b99a1e41-a645-43d4-951c-f18c39fca3c9','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P5.1','partial','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b472c88c-a003-4085-909c-c9740dc271bc','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P6.1','partial','','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('86c68dde-2da4-4c71-a80d-f2c0b9edaceb','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P7.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f17bb163-267b-4002-b8c8-d82ddf8f322e','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dacb8ee8-6692-463d-8349-d36fd1d2baf6','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P8.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ca9c54f3-b648-428a-8460-8e78d05a7a24','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','P8.2','not_met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4a24b198-4b20-43a9-9279-51835ceefcde','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P1.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ee9d158e-f551-47e3-869a-4e91647b24f7','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P1.2','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('81b795a3-6cd3-48ab-af3a-ad3aadb0f9c4','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P2.1','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('38158433-d780-452f-afd0-aadd31e8c60f','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P2.2','partial','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('542efc47-47cd-4430-ba16-cf6ccd8e938a','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.1','met','','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fabeec8a-257c-4cfb-acbb-aebc3cffc0db','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.2','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6911ef09-f15f-421b-940a-00ef3fe59171','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P3.3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cb52d219-fc7b-4436-b5c3-cc8ee777ce1a','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P4.1','not_met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('96c6a3d8-e4cd-4268-91a4-b4a4904ce253','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P5.1','partial','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('334355e0-22fd-4833-97a5-d64c5794a33b','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P6.1','partial','','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6bb0ad64-1b43-4e62-9467-0dd3a3220062','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P7.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e6ee526a-ecdd-433a-b27d-ca3c3334f571','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dc6bacf4-4eff-4e10-bdf9-2782bbadfa16','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P8.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cf093061-9117-44c0-b9ac-2b9cb19e60f6','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','P8.2','partial','Vurderet anderledes før drøftelsen','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('10c7299d-3a78-4f85-90c4-68d6bb055346','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P1.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1168cf27-cc10-44c4-ad2d-d7be69280a81','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47a0e167-5cbc-45af-8226-e2b4c98dfd24','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4ecba755-e2fd-46e1-a347-73be9a3f4f56','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P2.2','partial','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e718c336-ab6e-4327-83c3-c60a990a6119','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d845bd84-ebfa-47be-8a8f-21f9874ef267','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a33720e9-3768-4bab-af4d-a4c8bc0393ce','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89c11176-2010-4318-8c30-4b214436035c','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P4.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7cb9c93a-54d8-4037-baa7-dfd68712b595','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P5.1','not_met','','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8c4d8ae2-55d9-47a5-92bf-9703f2e2d9a7','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P6.1','met','','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7fc303d0-46e1-4d3d-9d8b-f4805244d14c','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P7.1','partial','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2dd72890-2a51-482f-9087-62a7d92bb74b','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P7.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bedacece-ef7f-4b42-baff-6e6aaf1eceed','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P8.1','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('af2cd781-01cc-4c0a-86a5-37777bb4e08d','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8f6413d6-21e4-4188-a747-41dd8b73c341','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P1.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1096ea7f-da86-492e-a056-e93a7218a010','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9e4123de-8a6c-4182-ae05-76df61fc5d86','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f98bad8b-5ddf-4c81-b28f-313472e68cad','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P2.2','met','Vurderet anderledes før drøftelsen','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('03b24656-f934-429e-9f0c-4395fbefc317','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('daadb02a-5ac4-48da-8da1-2ac713ac65f9','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fb94e3ce-7cf2-4762-a2d7-2ddd2bb799aa','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0f080572-5883-4c74-8469-d380bc34e7f1','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P4.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90b30ac4-6486-4738-939e-a522c3db4389','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('411b43ff-da07-4bd6-9140-f64a3331f867','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P6.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3cc5b9a3-49d5-4be3-a731-c3d39dee5fb6','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P7.1','partial','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('85125ad7-0d04-4125-9646-234b8c25bb92','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P7.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bacdab25-49e7-4025-8c06-32c372027fb2','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P8.1','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7e2630af-97ee-4c83-a593-62bff53be076','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a7268a13-dd58-4765-8f48-3df57e619d0b','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P1.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ee6f4aa5-92c4-4372-8f89-eb55be629ee2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P1.2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c467be99-97f1-4375-bdd4-ca6067cd1451','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f42c4691-0d2b-44cf-a194-69b1f485c182','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P2.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('af6c732a-96e4-456a-9f81-e8376c7fb768','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.1','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fa35a81a-e45f-45d8-8db9-10f184671ba4','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.2','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bebc6a8e-3dcb-4618-b619-916bd178bb75','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P3.3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('663935c4-8188-4c71-984b-d3cf5e68174d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P4.1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6019d907-e194-410c-9d71-40abe6d6bf3c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P5.1','not_met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('020033e6-1f96-4ae7-a2ac-c522dff8a92c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P6.1','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('09bee43c-795d-4b52-8c10-fd36c5a1686b','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P7.1','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9ad3d0e7-4d10-4d21-be32-94b6acdf8b21','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P7.2','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f0f20ad9-84f1-496c-9654-39b7e3611214','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P8.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8d2941f0-1eff-49a1-bffb-670bb9cf9276','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','P8.2','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e6a959ee-3d1c-4dd6-bf28-ca672fd8a602','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P1.1','partial','Vurderet anderledes før drøftelsen','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('71041a27-466d-4bd1-9c30-c0240031a9e1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P1.2','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('edc4a911-f472-4c9a-b339-c8951e8dd7c1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0bdbb11d-bb9e-4d4c-8b09-32c0206547f1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P2.2','partial','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90f1206a-439d-4a70-af48-aec44c6792fc','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.1','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9e6b598f-c3e5-44c7-b4be-3e36b639f046','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.2','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e2b6bfa8-c28e-4f5c-8108-4fc6e082c3fe','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P3.3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('db683b43-f4f2-44f9-8832-6bb6043deae0','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P4.1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fce0e43c-9a66-4f4d-a81f-b985cb576978','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6c2e0f18-9812-40a7-a348-eef7fced3902','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P6.1','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fa089f8c-cfa3-4dd6-ad18-c11fd4127ec5','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P7.1','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bf72a76e-ab22-4f79-96f1-c156a9c24f99','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P7.2','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('617bfdc8-6605-47a6-b15a-22981fd22a86','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P8.1','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('effd4a5d-95df-4a17-9fab-f89d0eef13e1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','P8.2','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f11b3228-1632-47d0-8ea9-65620c6d511f','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P1.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('94c00e67-b77d-41f1-bc88-f17aef4c77bd','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P1.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5705c57b-5663-4b05-9abf-93a286cea72b','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P2.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b1f7a0f0-9393-4a75-bca8-b2352be44ead','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P2.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('84ab14f5-7eb8-4fa1-ac49-b18d5e914f79','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5eec5c5a-c399-40c0-b249-55d2fc646c7d','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('55db1386-0de3-42ee-a191-2baa3bac1fd8','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P3.3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('98f88438-5108-44a3-a46e-6db2b48145ce','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P4.1','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('138b4b91-1d12-4225-a572-5606300c1d2a','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P5.1','partial','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dca68f81-c7f5-4f9a-ac92-f2a5167cfe24','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P6.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('18da2936-426a-48c0-b457-6b7b8a90e92c','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P7.1','met','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ad0da07b-8e56-4d6f-8c5d-142859e16150','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P7.2','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f096a3d1-e346-4a67-a27e-58a718b0f493','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('622abe2e-7589-432e-bc88-2550888408ea','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','P8.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8655a95f-b2d9-40d2-bf4b-535c116c2401','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P1.1','partial','Vurderet anderledes før drøftelsen','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('80e525ac-0c87-4c04-9528-e0ebd232349b','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P1.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c1c85aca-4311-4c43-aee9-ad3c2bba9315','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P2.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6521c95d-64d2-456b-9528-10117684cd37','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P2.2','partial','Vurderet anderledes før drøftelsen','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8e75d884-30d0-419a-9ee1-747f5a8ff3a8','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('612cc915-1808-4776-9f1d-b0ac1d64a426','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e527219b-3baf-4ffb-ac19-eb9e04e8a3ec','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P3.3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('08da2644-c7a2-43f3-9d3e-926683b6a657','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P4.1','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('18ae5f07-1808-49b3-ba8e-36cfbc2d17fb','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P5.1','met','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1e2d5cd7-657d-4787-a15c-e4f10327ac9d','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P6.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1f9846bd-7fae-40f5-8127-865017e1a816','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P7.1','met','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0901ae23-0135-4725-a47d-13f26dccddff','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P7.2','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9ede2177-f865-4618-9a98-55c53debbd70','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P8.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('62d5c935-0c4e-42f6-a994-17f5b2c96f2b','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','P8.2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f19ebf5b-00ab-4329-9579-ac6af21f9421','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P1.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3bfd35cb-e0d2-44a2-aa99-38a0916d5d90','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P1.2','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0080a57e-dd50-4029-a4b8-184a616c62eb','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P2.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9b133422-7a29-4bb0-ad6a-49a160b4e8f6','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P2.2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('53dc4d13-0219-4a7e-8a31-ec2675edcfef','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f6ea0018-b19a-4836-ae43-38ae19c2ceb1','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f7a60f62-5fa8-423a-8a43-ada301590a82','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P3.3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f47b5b4e-0de4-4457-8ef7-e9ed90efc3d2','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P4.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c2a32de3-4eb4-49c9-900e-0d32aac095a4','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P5.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c4e2422d-52f8-4173-b4ae-948e2a455857','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P6.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('20a8126a-de8f-48b5-b9be-9dc0d5d3bf88','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P7.1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a85e09fe-2425-4dfb-a6bc-632a620ba9ae','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('79dfaaec-d12c-4a77-a07d-a3e4920dc262','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P8.1','met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ea3666a6-e1d8-4de7-b0ab-1831191a605b','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','P8.2','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a07bab6e-bb94-425d-a0d6-ef0d7309ff60','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P1.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6fcb6b76-f991-4173-9811-c671d8560127','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P1.2','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('86e50b9a-82a2-404f-865b-71726f313635','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P2.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1fd15895-6f3e-4aad-a433-393f5eac5f43','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P2.2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('72553069-5b18-4d39-b1af-df3b7e13e7d0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1d37dab4-14f4-42ea-809a-241422646c57','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cfc974c9-7a4d-4c60-99f2-8687b2133e31','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P3.3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bcb3c3e6-3204-446d-ba87-8c98034cc4f2','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P4.1','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('704a7c13-7ebb-4a8e-851c-5f8c7a2d7208','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P5.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bf0b53ba-bbe2-4c37-8327-9e8bae0d70b9','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P6.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d66fa526-a36c-4ca1-8dd4-53d63785dcb5','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P7.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9d4ba369-8558-492e-b9d3-fcf9ab8fb4e5','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P7.2','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7770d88d-4ac2-4e90-9695-d3b7a666c088','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P8.1','met','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a46c0b46-29b1-4bc3-bfdc-f656e4da8d15','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','P8.2','partial','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('45d81fe8-061b-46f0-9cf3-f9e86b7d3bcf','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P1.1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f84771d0-c230-4cdb-ab67-e68c7d13d3b2','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P1.2','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5c65d410-df3b-4b1a-9085-7cad8df5dba0','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P2.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f1f39c13-84e9-4fa1-ae23-d4aaa73ccacf','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P2.2','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d6d3217d-1baa-4675-ba1f-9db6c77ea570','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('662d0349-a15d-41f6-8d20-10096303290e','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('11cad48f-bf66-48ef-a114-155cf868805f','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('756c973c-2fa3-4334-83c2-4ed07c482570','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P4.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a429bbb6-6fea-4e94-b916-f305239ae148','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P5.1','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3aab9f93-1e28-4d97-8833-af65f36bc4b3','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P6.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0b39f27d-82a5-47a7-8370-a56fb5ed4bf0','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P7.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c785021b-df93-4885-9f0d-d24d05046572','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P7.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4af90962-2ba7-4a50-9c59-5ce6274a6df9','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bc3806fe-024f-4e95-92ef-1d39de0c2701','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Jens Østergaard','P8.2','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('475c409e-7a34-4687-a233-170a1b2fe474','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P1.1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fc79ea03-801c-4270-9855-bba138a675b5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P1.2','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ad525998-8dbf-4540-85ea-7c7943028b1e','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P2.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cbf36157-aabd-416e-af66-3b0ebbc35d60','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P2.2','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6d30be2f-b960-45cf-910a-7dd62cea2e5d','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('43a466c0-9c5b-449f-8f70-9f054cafca05','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('350e23c6-f7d8-49d2-876d-71d739987e61','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P3.3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ac49432a-c2bc-4cea-8ec4-6de96a6ff201','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P4.1','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1c040a55-b870-472f-b3f7-539d634073df','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1f272198-992e-45d2-9d65-137faaf5f614','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P6.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('49011397-60bd-4759-8e88-d15c70ce438d','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P7.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47f6d987-acb1-4e8c-bd78-8f9d36b6e3cc','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P7.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1b6987a8-e98b-4c98-904e-37d1d06ae239','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('70d9ba02-e424-474b-82e9-43698e5820df','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','Mette Sørensen','P8.2','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('70d1ddd9-1261-4271-b582-4f5ceed54343','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P1.1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('16348de8-d6db-4c94-a084-cb06dea0a2e8','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P1.2','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('949c038d-1e7a-436c-8795-cac5da0ae130','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P2.1','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b4301738-59eb-4fed-af41-d1294a46e227','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bddd9de7-e2c4-4868-ab1b-16a275e1146a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.1','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cdc58f4b-04e4-4446-868d-f461598dc600','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.2','not_met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7002455e-8960-4478-8c19-75fdec85f1ed','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P3.3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3ff56f6e-a297-485b-85a5-3bcef73ff4fc','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P4.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('aa56ab5b-a988-4db5-ae12-fd098f0d4f8a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P5.1','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1a926c58-ca45-4627-af55-061e15de35f7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P6.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e3343498-e061-45bd-8dac-f7e726ccafee','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P7.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4e6ec2e6-5a52-4d92-aae1-b1646be03d7c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P7.2','met','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6e66ed8e-a461-43d8-b028-4726f07aeb86','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P8.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6b27b6f2-d323-4fd0-a282-19782703791f','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','P8.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0c23e1a5-91bf-4ea1-b170-cab1787e6915','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P1.1','partial','Vurderet anderledes før drøftelsen','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('eec13519-68f7-4127-accf-84c9da8fb9fa','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P1.2','partial','Vurderet anderledes før drøftelsen','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ce9682de-2c4f-4149-b47b-b796e5a2ba85','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P2.1','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('321ac138-462b-451a-b78f-11da8698714c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P2.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5172de56-abbe-423b-b0a3-840666d491b7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.1','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('682bce91-9637-4c37-bc10-1ca0f9522bd7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.2','not_met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2dfdf442-1068-4730-bedc-aa94a6277af1','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P3.3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2ef48a37-134e-453b-aead-2274e32a0679','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P4.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('584018e6-a542-4738-8408-163bf863730a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P5.1','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('84113d0f-44e7-401c-82fc-df07c8f01304','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P6.1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9ea1a27c-c207-4dba-b356-48e77307d42c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P7.1','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6b634c05-dfd4-4271-b223-d07ba0728c55','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P7.2','met','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b5b20e9f-79f6-4b5d-a191-5702c8e22642','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e3347a3c-7dc8-4c51-b362-96572306378d','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','P8.2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('aa6bd23e-6a2b-4e8d-b5e4-99683dc899de','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P1.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cc9c48c8-0b2a-4ec5-adb9-235af3a36b76','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P1.2','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9aef4ea9-fc65-4c45-a30b-e38410fa7a20','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P2.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d3a6a567-d3d2-4cff-a3a1-e58700506a9b','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1f368166-2792-40e7-96bf-332be7dd9faf','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d5916d19-8ff2-4037-a388-a500485cb543','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('91dde7c1-dbde-4319-9ae5-ac94a167ce35','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P3.3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d9ab7662-0dd6-443f-b0b0-cc83220a8770','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P4.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('24cb4394-09d2-4721-a560-a665d9d646cb','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P5.1','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('12581ad7-791d-4032-972f-cd8a63ca9af1','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P6.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('814a32b1-8810-4149-b4b0-a507a117bcbd','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P7.1','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c349d2c3-a350-418a-a096-5525662607ce','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P7.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5362340b-e622-47e5-bd30-0cd68943a29f','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P8.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47127fbb-e6ee-4a03-8d60-23dfdfec68b5','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','P8.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('67513f41-9f78-41e3-8499-18b1d17b81ce','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P1.1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a96623dc-896f-4473-9d85-28157ac9f4ba','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P1.2','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('61c7681c-2cbf-4a45-858d-dd9bcb4dd9b6','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P2.1','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('644d8827-42a8-4e6a-a8ae-1f512045c047','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P2.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('63e86457-886c-431a-9a7a-2d9227664a28','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.1','partial','Vurderet anderledes før drøftelsen','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('293107c6-3d56-42cb-8696-d784089a8b18','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f1b25070-271e-4643-a2ec-64e8629efb4d','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P3.3','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('291b644f-a91b-40b4-9cf2-fba558526cf2','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P4.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a18024f3-08cc-4d4e-a0b5-80daa08ad6d9','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P5.1','partial','Vurderet anderledes før drøftelsen','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3fe662b7-00ce-4138-8168-cca7f940fdd6','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P6.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a552d65a-bd63-4f2b-b140-00bfeadfa304','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P7.1','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f74cea3f-6907-42a5-a453-9fcb1ebb86d0','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P7.2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('762acfd4-0c63-4b24-ba5e-f806e4bb42d4','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P8.1','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e013c6cc-50c1-4dae-802a-08b92be109ec','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','P8.2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('52abb44b-d0ab-411c-b1d3-8fe4cf1ed077','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P1.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6292752b-7b79-4f6a-8972-53d6a48b3558','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P1.2','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c35430d4-6005-45ef-a69b-07aa43f94c18','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P2.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('782748e5-c6fe-481b-b38c-952e1f118ecf','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P2.2','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2dcd9e00-9938-44db-af29-150ddcb2cfb4','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a67d1b05-623e-4b54-8937-951b2cb5a185','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.2','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1ba9bc61-22cc-4901-9548-2d9e674db732','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P3.3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1942b788-3ecf-4dca-82d0-a1d0e9723987','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P4.1','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8abfadae-dd12-4e44-b5cf-4768f4f15b0e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P5.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5a77c898-9959-45b9-8ba7-95c37e980e94','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P6.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3e210a0c-f05c-441e-9c04-9efa1e000ac6','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P7.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('caa9ee7a-9ff8-45a8-8bb1-b611e8ae7ea3','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P7.2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('327cf753-ecf0-498d-a29b-f3b7da0cb8cb','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P8.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('70c3fd49-b052-43d0-9d75-a51dd8f774e8','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','P8.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('06fe703c-25f6-4d29-9d49-b7693db46ed4','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P1.1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('88adfc1f-9369-4f6a-b836-847837d2726e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P1.2','partial','Vurderet anderledes før drøftelsen','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e44c7d08-5229-4c86-9860-d6200cdc370c','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('68a41032-8d06-4dfe-b00f-80c79febf73d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P2.2','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bb2aef8e-e0e3-449e-b969-b0a4561faa81','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0ab03e98-d78a-41b5-bd83-edd63f780009','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.2','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('50665083-9bef-45f8-b644-a2d8beaf7cda','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P3.3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('29620250-bf0d-4b0e-a433-7724445f9d3e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P4.1','met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1078aa4f-5fca-4621-9fed-4a057df6d2ba','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P5.1','partial','Vurderet anderledes før drøftelsen','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2d9a856c-37cf-4c54-b3ab-a7dd50677b55','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P6.1','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('987fec31-4c08-416f-8e48-0e091867c949','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P7.1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2dd15f78-3f07-4ae8-b648-93d29e0a7bfd','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P7.2','partial','Vurderet anderledes før drøftelsen','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0ed2d130-6c31-4998-af5a-6a33de6a2afe','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8cd8f265-32e7-4a5c-ab23-f1422eb00328','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','P8.2','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c23479ce-5a08-4434-89ab-2ac268f02c0a','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P1.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fb73dba7-d95d-447c-8d53-948d05ab6298','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0ccc7f5d-3e26-4873-a8f0-4e405daf4b6b','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P2.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a69fb4b2-f04e-4e77-bc0b-91ae9be5fd83','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P2.2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('319db2c7-07f4-4102-a719-530f23a90179','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cd16f4c7-8916-4242-9cb6-f5fbceaa9425','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.2','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('eb9de71b-8d18-4a82-9b04-c85203841d5e','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P3.3','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ab723790-fd3d-40f6-92f2-f996d1959363','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P4.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('90964fd1-7815-4065-97e9-4fa2cc8d6f2f','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P5.1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('41a4de0c-01ac-4e0b-93ff-5ca06d35f29c','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('01cd5379-90a5-474b-8406-f25e9b06e057','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P7.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5befeb08-00e1-4c0f-afe5-da4364212a5d','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P7.2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fdc6bc43-eb5a-4b22-927d-17390c4bb187','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P8.1','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e097b47e-7514-4f33-8c56-5af1687688b9','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d179d462-5340-4e8b-9d81-5baa82ef9075','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P1.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4921838f-1460-4af8-987b-95c2cdb80025','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P1.2','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('de62fa01-4070-43fb-bdf8-5e3041decf08','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P2.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('898ca46a-6115-4e5d-90d8-9f62d8672951','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P2.2','partial','Vurderet anderledes før drøftelsen','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('279460ab-ae9a-4b5a-aca8-3b85b1a16919','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b167f437-ee20-45dd-983e-f2083925ecda','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.2','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('765a7ef8-9df0-4770-8079-c0f4c9838b61','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P3.3','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ef909413-b5f8-4f61-9706-842d2ef42230','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P4.1','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fedb2434-a8f8-4992-808c-9d8d6cd84691','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P5.1','partial','Vurderet anderledes før drøftelsen','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5cab0907-2818-415f-9814-24c0fd4070b6','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0df3b939-7f14-495d-af8c-d90b13b88d3f','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P7.1','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0a62e0f2-14c8-428f-9d5c-bd2ffe593282','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P7.2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4ff50342-9a44-440a-956a-d730a720e1c2','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P8.1','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('09869c90-d55c-4b81-b50c-64240c6c016b','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','P8.2','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3bc5c39c-7cdd-4da8-a7ed-136c7c832aa1','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P1.1','not_met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('da864e81-16d3-48ae-bcf4-cfb2289ad0ce','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P1.2','partial','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6563f180-a5f0-4cdc-96be-0c1597c99ae2','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P2.1','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bd060e8f-8565-48aa-b401-2c80ad59c382','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P2.2','not_met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('72e88cfc-5484-45d5-ae77-a56aadb0906f','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('154d7ca2-bfdd-4f86-a825-cc79b2ab13e6','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.2','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f9bf6972-5a57-428c-bdb0-1f2a589335f6','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P3.3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('60cefea6-ecb3-4f54-8b02-4a0996b32e80','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P4.1','not_met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a7f5681d-151d-453e-83ca-b16f3112798e','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P5.1','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fcd9ac66-bec1-4c60-a81d-cc3ad89d7bf8','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P6.1','partial','','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('48e8a9ba-e97b-4d99-8d67-3e4b8ea0a6a1','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P7.1','not_met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5a676080-2125-447a-a740-03a4c271777d','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P7.2','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a722dae7-57f9-43f8-9b44-851f20c6420e','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P8.1','partial','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('99e66f23-c28e-43e4-bc26-60e49af11275','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','P8.2','partial','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1bb53e71-32a0-4f11-a35b-f60fedb0c21a','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P1.1','not_met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6155dc2f-c617-4cb0-8bcd-1a40978d5661','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P1.2','partial','','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c38f5c39-57a3-4efb-a599-1f04936b27a6','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P2.1','partial','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dacd498a-f758-40e3-9817-d2dfd589866b','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P2.2','not_met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e04e863a-6603-42ec-937a-17fe4c17f9dd','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.1','not_met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0ffd4b79-6b16-4347-a44c-69fc8eb6a2fc','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.2','partial','Vurderet anderledes før drøftelsen','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('54ba58c4-3b72-41da-95ab-3d6d47ddb588','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P3.3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f463908a-a6f6-44a4-a407-9bde153c84cc','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P4.1','partial','Vurderet anderledes før drøftelsen','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('20f8e910-646a-46ad-8921-fcc89ba6453d','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P5.1','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7c485e83-623b-4bb8-a956-cf657a5b4af8','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P6.1','met','Vurderet anderledes før drøftelsen','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d6569bb9-d1ae-48e8-9e9d-5021e996beea','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P7.1','not_met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('cb61bb2e-1b03-4d19-9780-1afeafdabefd','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P7.2','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d0892bc0-296a-42bd-8b13-eabea3a3030f','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P8.1','partial','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ab14f261-914e-4c1a-a922-60e7ee5eeb4d','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','P8.2','partial','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('d766802f-0f30-4186-a53d-b0c27e8bcd74','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P1.1','met','','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6457fb17-6944-4d4d-b29d-fa05312fbbbb','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P1.2','partial','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5857c353-349b-4901-8da4-55f697a9552f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P2.1','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('dc815ab0-828f-4d21-93b8-38201731c17f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P2.2','not_met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4927c3a1-44ae-430d-a025-5a9a0844eb8e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.1','not_met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('21751451-f951-489e-b4f7-831a77d34341','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('573a5bb6-02f9-48f2-a350-116ab18b2ecc','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P3.3','partial','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4ad0ff10-fe4f-4ee0-ae97-79579e962bdd','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P4.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f034ab6a-acb0-4843-8270-019a5082b64a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P5.1','partial','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6ddc4da8-9236-4b18-8e8a-720434f9819b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P6.1','not_met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6b29e119-20ad-4ae1-b17e-581f027f4508','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P7.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b2b76329-fd92-4dac-8be0-3f6833564d8c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P7.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('34de31c6-8957-4488-95bc-27d975056888','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P8.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('80a49c05-9bce-4102-876f-68fba9b08d4e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','P8.2','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('309ef14a-281a-434a-84d6-29ef1a6a93b1','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P1.1','met','','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ed9dc959-2c4b-4667-ab1c-c660a1043997','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P1.2','partial','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8c1c64b1-7bd7-4675-9937-364270d43792','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P2.1','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('832bf569-1aeb-4726-9d5b-8ee72a98f426','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P2.2','not_met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('907abc4f-d029-48c6-95a3-b768f8174f33','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.1','not_met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('63302912-e6cc-440c-984f-1a5ad1442b65','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.2','partial','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c05e908d-255b-4a3d-93dc-9bc55a5b519e','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P3.3','met','Vurderet anderledes før drøftelsen','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a80e7e3e-83a7-4cc1-aeda-8453351b63df','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P4.1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fd17601a-60c1-42ca-8e83-a1fca3cd834b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P5.1','partial','','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('349750fe-8b9c-4a77-8429-c0edf058b87c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P6.1','partial','Vurderet anderledes før drøftelsen','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('171f98f5-1bcf-4d73-bcc2-7d98e8b6b8c5','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P7.1','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('47507d9b-34ab-492f-9a27-4ca3e76e0b9d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P7.2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7dd502bc-683b-47e5-a5ce-b16ea3315c14','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P8.1','not_met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('59782b8a-2b90-47b6-82b3-67d955d54e5a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','P8.2','not_met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a99437a1-a50b-4014-ab1b-163c71bc0c7e','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P1.1','not_met','','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ebd39c49-22dc-4add-a493-015e5556d241','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P1.2','not_met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('06df1416-8aeb-4864-9272-d6c38e624b62','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P2.1','partial','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3f21912f-5c60-47a9-830b-2d6f8e1a6bf0','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P2.2','not_met','','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('89240973-b386-487f-9459-90a84c0cecb0','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('24afb2b7-506d-4826-9b6e-d41b42693bab','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.2','partial','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7e81a1d7-9e03-4804-ab1b-a580cdd5d7a6','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P3.3','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('0ef2e572-2543-4570-8601-a8383e739dd2','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P4.1','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('bc537892-2f9a-49fe-b41b-c2758c9814ae','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P5.1','not_met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9dc55fb1-5c51-4bd5-9ba4-0471752cd57d','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P6.1','partial','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('829954f3-e370-4123-8366-43aee132ce11','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P7.1','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('acc7e47c-346f-4f29-93c1-070426901610','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P7.2','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('24439bfc-cbd3-4751-8618-7468428b8689','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P8.1','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('06c74b06-436f-45da-9fbd-10d219f22bdc','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','P8.2','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8b0c1906-c787-43a3-afd1-a804c9ace145','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P1.1','not_met','','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('49a72ecc-bab6-4f00-b256-d393a81c127a','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P1.2','not_met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8f0d4d26-37b4-42d0-aa23-34463946b499','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P2.1','partial','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('53ec10a1-a8cb-474a-a0bd-bf665bfa8189','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P2.2','partial','Vurderet anderledes før drøftelsen','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4ac6d2d9-d26a-4a5d-b72a-473fc076ee57','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.1','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('017791b5-2054-4c0e-82c9-41f54902290e','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.2','partial','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e3aebc6d-befd-444a-bc9d-1a8342e32479','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P3.3','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('99515376-2a7f-46f5-8f69-ae83fc23a890','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P4.1','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9bddd358-bb5e-4bac-bf23-24cbe8e14aa5','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P5.1','not_met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('780d6e35-2065-4fd0-898e-e6e31cca0a37','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P6.1','partial','','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e154bfd2-e9d0-45f0-b3bd-79f0925d9324','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P7.1','partial','Vurderet anderledes før drøftelsen','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('c7401fe0-a36c-4114-b2e4-3402b00291f9','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P7.2','partial','Vurderet anderledes før drøftelsen','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7f8c6192-2bf6-434f-aa68-f0bda1e9836f','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P8.1','partial','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('92768648-be05-41a3-9623-bf5df1f7188c','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','P8.2','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('4660df0b-d1b6-4e85-b44b-f730105381b1','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P1.1','partial','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a9e136d1-42cd-4ef6-982f-0145e17e06d5','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P1.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('54e6c5b6-c123-4bb3-bb56-66699bbbdb75','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('292eacc1-353f-40f2-a523-6387bc858fee','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P2.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('12265c96-6216-4179-ab89-29dbf2c25713','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('18b4152f-68f9-4345-b06e-758c0678222f','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.2','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('84520cf5-2f87-4cdd-895f-33b94aa39f8a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P3.3','not_met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('9328cb38-ba13-478e-9be8-a0f70caea637','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P4.1','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('ae64ed7c-8225-4ffc-87e4-a656f115903d','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P5.1','partial','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a04b5b05-80a2-4eb8-b7b6-9b4504408f6c','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5fbc2df5-068f-4d12-8f4e-d0b22bf6d4cd','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P7.1','not_met','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('5b65b4d6-fadd-4aa2-a331-209fbe9e7309','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P7.2','partial','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('7dc021e4-d54e-4470-8306-6846f82e7bde','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3fcf4eaa-4dfa-42eb-a4f7-39d1897832ef','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','P8.2','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a2dcb4b8-a341-49ae-bacf-5b00bf8ee182','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P1.1','met','Vurderet anderledes før drøftelsen','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('1bbdce81-2854-4388-a369-4efcf12f2a52','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P1.2','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2059348c-2c96-4d6e-ae07-a92fa0db0bd4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P2.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('fdd62cc3-fca5-4c9c-a9e4-c8504b8e85a6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P2.2','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('8df40bf2-2f12-4741-a07a-f94e4b0e48cf','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P3.1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('b74e6843-daf6-4594-b818-ba37a927f1f0','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P3.2','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('3fe00ba7-7d06-4fd6-82f3-ab846aaabf82','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P3.3','not_met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('86cb4fc0-d684-4d15-85d4-f955c85518b3','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P4.1','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('e2a67452-8f93-41ca-9fea-9a0d7da3227a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P5.1','partial','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('6ff1e887-348d-4801-a31a-e4cfd80c084e','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P6.1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('a5220d9d-7926-4ab2-8301-e288d27b6ca3','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P7.1','not_met','','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('f233b927-9622-42d3-b5e5-9c020e7f6ec4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P7.2','met','Vurderet anderledes før drøftelsen','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('2a8f947c-6e71-47b4-b4d5-1c404518e50d','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P8.1','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "reviewer_rating" VALUES('271c1cd0-0a0d-4b1e-b7d0-ef61376d8ac1','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','P8.2','partial','Vurderet anderledes før drøftelsen','["document", "data"]','2026-11-10 15:00:00.000000');
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
INSERT INTO "signoff" VALUES('8e39d1a2-70e4-417a-9fb2-e7038fde987e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Jens Østergaard','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('813b8250-f33c-40f3-bfac-8504d93de3ca','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','Mette Sørensen','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('682d9aaa-abfd-4eb8-81a7-161c645d5017','ec438b0c-0647-559f-9d36-ff39a127ba64','Jens Østergaard','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('6c6c0333-12e6-46bc-b9b0-5eea2a598cb6','ec438b0c-0647-559f-9d36-ff39a127ba64','Søren Ærø','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('32d6318b-c31b-42bf-b614-90929673abea','86b7280e-71db-5570-837e-0bc9345f51d1','Mette Sørensen','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('f41162e4-8da3-4326-b7a2-c1a73f0a8887','86b7280e-71db-5570-837e-0bc9345f51d1','Søren Ærø','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('594f3016-9a92-49b6-82bf-28cc825665a4','255f784d-1663-5b64-94df-c63d8dbdda24','Jens Østergaard','2026-11-10','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('7aba9bd0-9824-4e5c-952e-5e0e4e21afd3','255f784d-1663-5b64-94df-c63d8dbdda24','Mette Sørensen','2026-11-10','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('b3a38a3b-ec61-42ba-beac-f389e1b06b17','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Mette Sørensen','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('e312d16b-b3a8-4bb6-8790-f92dded699c7','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','Jens Østergaard','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('cd9f393e-1da7-443a-bdc4-d5a075be8659','3368faf5-1357-524b-97f1-d330d1a03474','Aase Bøgh','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('10cc006f-c5b4-472f-b935-1171f912022f','3368faf5-1357-524b-97f1-d330d1a03474','Søren Ærø','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('d7f552f0-984e-4c13-bffe-d6bb339e8ee7','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Jens Østergaard','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('927f7da0-cdae-48d7-bc8c-276db91835fb','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','Søren Ærø','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('ab5d2444-54cd-4919-aa63-494d27bd5d6f','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Søren Ærø','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('4ded5bbb-a0c0-467d-999f-67319a313949','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','Mette Sørensen','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('960edb22-3a36-48d6-9b9f-0828ef394543','109637b3-3f9f-5c7a-92bb-8644adddd03f','Søren Ærø','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('8ef06430-a731-4dbd-b192-d2d9a6693cec','109637b3-3f9f-5c7a-92bb-8644adddd03f','Jens Østergaard','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('b86d8b04-dfbb-48ca-be44-529a4c1e0fd6','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Jens Østergaard','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('cdffdca1-fbd4-4650-80ad-86b56a02cfb1','c512d777-3ad5-5e4a-bad8-c143d2b2f694','Mette Sørensen','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('f6e5575c-c987-4295-a01d-6070392a68ed','3887911c-b9ba-567d-9584-390eb7984d00','Søren Ærø','2026-11-10','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('6fe476a1-5ae9-4339-9af0-3fbfde5c9d88','3887911c-b9ba-567d-9584-390eb7984d00','Aase Bøgh','2026-11-10','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('431487fc-108f-487f-a058-bb8e8b5f579a','8574ce93-07e3-5120-9d19-0af086432af2','Jens Østergaard','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('b6f70adf-cbbd-4573-83fe-2536113ebd39','8574ce93-07e3-5120-9d19-0af086432af2','Søren Ærø','2026-02-17','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('4dcba023-3ca9-4621-a751-c52c01fb91eb','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Aase Bøgh','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('a3c38d96-0299-4a6a-ae6d-140cef94a9fe','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','Mette Sørensen','2026-05-19','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('731fbf78-ae8d-406c-b7d9-57298208074b','c07c4843-6950-558b-9889-04ddf180d6f7','Aase Bøgh','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('5400671e-3152-41c6-9c90-d6074bd0137b','c07c4843-6950-558b-9889-04ddf180d6f7','Søren Ærø','2026-08-25','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('0763f2c4-22cc-4d97-bf6c-f414239d9a5a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Søren Ærø','2026-11-10','2026-12-04 10:18:32.009631');
INSERT INTO "signoff" VALUES('a5cd0eae-d886-47ff-9bb7-f8a8e8a72fe7','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','Mette Sørensen','2026-11-10','2026-12-04 10:18:32.009631');
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
INSERT INTO "team" VALUES('3b02cd61-1b91-5865-9a7b-9e55ed9f2313','IPS Albertslund','Albertslund','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "team" VALUES('ea685656-96f2-593e-bce9-0b0a6cbb5390','IPS Frederiksberg','Frederiksberg','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "team" VALUES('c00e4c90-92bb-544e-958f-bbb480731b1f','IPS Hillerød','Hillerød','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "team" VALUES('9c58ee23-7594-5ac4-9b99-e3256c80906e','IPS Tårnby-Dragør','Tårnby','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','2026-12-04 10:18:32.009631','2026-12-04 10:18:32.009631');
INSERT INTO "team" VALUES('cd32b54c-928f-4d1e-9669-db219a57cb0d','IPS "Ø" ''test''','Aabenraa','Psykiatrien Syd','a
b','2026-12-04 10:18:32.060866','2026-12-04 10:18:32.060872');
CREATE INDEX ix_assessment_team_id_period ON assessment (team_id, period);
CREATE INDEX ix_caseload_entry_assessment_id ON caseload_entry (assessment_id);
CREATE INDEX ix_caseload_entry_consultant_id ON caseload_entry (consultant_id);
CREATE INDEX ix_action_item_assessment_id ON action_item (assessment_id);
CREATE INDEX ix_action_item_origin_item_id ON action_item (origin_item_id);
CREATE INDEX ix_reopening_assessment_id ON reopening (assessment_id);
CREATE INDEX ix_history_assessment_id_at ON history (assessment_id, at);
CREATE INDEX ix_history_team_id ON history (team_id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
COMMIT;
